// Source: codescape/jira-scrum-poker@364a124 (Jira 10.3.0) ScrumPokerAction.java:108; every member:
// docs/jira-api-references.md. Only Jira <= 8 sources show: kind.
package com.atlassian.jira.issue;

/** An issue whose fields can be set (returned by IssueManager). */
public interface MutableIssue extends Issue {}
