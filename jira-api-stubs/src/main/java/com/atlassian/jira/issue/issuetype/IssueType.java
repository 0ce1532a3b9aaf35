// Source: atlassian-labs/atlassian-slack-integration-server@d669438 (Jira 10.0.0)
// SlackMessageResource.java:317; every member: docs/jira-api-references.md.
package com.atlassian.jira.issue.issuetype;

/** An issue type. */
public interface IssueType {
  String getId();

  String getName();
}
