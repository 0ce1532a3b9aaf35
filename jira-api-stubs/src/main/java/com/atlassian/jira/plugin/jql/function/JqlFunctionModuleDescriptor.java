// Source: turgaycelik/mysource@44f29e3 (Jira 6.3.15)
// jira-api/src/main/java/com/atlassian/jira/plugin/jql/function/JqlFunctionModuleDescriptor.java
// (interface); mocked as
// the init argument on Jira 10.3.0 by codescape/jira-scrum-poker@364a124
// ActiveScrumPokerSessionsJqlFunctionTest.java:128.
package com.atlassian.jira.plugin.jql.function;

/** The jql-function module that created the function. */
public interface JqlFunctionModuleDescriptor {}
