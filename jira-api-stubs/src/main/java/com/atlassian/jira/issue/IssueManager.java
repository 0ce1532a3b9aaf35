// Source: atlassian-labs/atlassian-slack-integration-server@d669438 (Jira 10.0.0)
// CommandEventRenderer.java:90; every member: docs/jira-api-references.md. Only Jira <= 8 sources
// show: kind.
package com.atlassian.jira.issue;

/** Reads issues by id or key. */
public interface IssueManager {
  /** The issue, or null when it does not exist (deleted). */
  MutableIssue getIssueObject(Long id);

  /** The issue with this key, or null when no issue has it. */
  MutableIssue getIssueObject(String key);
}
