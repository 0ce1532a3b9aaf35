// Source: atlascommunity/jira-plugins-groovy@ef39c51 (Jira 8.13.1) DateTimeScriptedCFType.java:9
// parameter of getVelocityParameters / fillDynamicVelocityParams; interface in
// turgaycelik/mysource (Jira 6.3.15).
package com.atlassian.jira.issue.fields.layout.field;

/** How a field is laid out on a screen (may be null). */
public interface FieldLayoutItem {}
