// Source: turgaycelik/mysource@44f29e3 (Jira 6.3.15)
// jira-api/src/main/java/com/atlassian/jira/jql/query/QueryCreationContext.java (interface); a
// getValues parameter on
// Jira 10.3.0 in codescape/jira-scrum-poker@364a124 ActiveScrumPokerSessionsJqlFunction.java:53.
package com.atlassian.jira.jql.query;

/** Who searches, and whether security is overridden. */
public interface QueryCreationContext {}
