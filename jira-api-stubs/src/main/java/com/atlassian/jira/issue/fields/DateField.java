// Source: turgaycelik/mysource (Jira 6.3.15) jira-api/.../issue/fields/DateField.java ("for custom
// fields, the custom field type needs to be marked by this interface"); implemented by date CF
// types
// with the daterange/datetimerange searchers in atlascommunity/jira-plugins-groovy@ef39c51
// (8.13.1).
package com.atlassian.jira.issue.fields;

/** Marks a field (or custom field type) whose value is a date. */
public interface DateField {}
