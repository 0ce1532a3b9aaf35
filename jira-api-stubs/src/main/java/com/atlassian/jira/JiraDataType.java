// Source: turgaycelik/mysource@44f29e3 (Jira 6.3.15)
// jira-api/src/main/java/com/atlassian/jira/JiraDataType.java (interface); returned by getDataType
// on Jira 10.3.0 in
// codescape/jira-scrum-poker@364a124 ActiveScrumPokerSessionsJqlFunction.java:72.
package com.atlassian.jira;

/** The kind of value a JQL function returns. */
public interface JiraDataType {}
