// Source: turgaycelik/mysource@44f29e3 (Jira 6.3.15)
// jira-api/src/main/java/com/atlassian/jira/JiraDataTypes.java (public final class, public static
// final JiraDataType
// ISSUE); "return JiraDataTypes.ISSUE" on Jira 10.3.0 in codescape/jira-scrum-poker@364a124
// ActiveScrumPokerSessionsJqlFunction.java:73.
package com.atlassian.jira;

/** Jira's data types. */
public final class JiraDataTypes {
  public static final JiraDataType ISSUE = new JiraDataType() {};

  private JiraDataTypes() {}
}
