// Source: turgaycelik/mysource@44f29e3 (Jira 6.3.15)
// jira-api/src/main/java/com/atlassian/query/clause/TerminalClause.java (interface); a
// validate/getValues parameter on
// Jira 10.3.0 in codescape/jira-scrum-poker@364a124 ActiveScrumPokerSessionsJqlFunction.java.
package com.atlassian.query.clause;

/** The JQL clause a function appears in. */
public interface TerminalClause {}
