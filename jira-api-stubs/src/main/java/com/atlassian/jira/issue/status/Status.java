// Source: atlassian-labs/atlassian-slack-integration-server@d669438 (Jira 10.0.0)
// JiraIssueEventRenderer.java:155; every member: docs/jira-api-references.md.
package com.atlassian.jira.issue.status;

/** A workflow status. */
public interface Status {
  String getId();

  String getName();
}
