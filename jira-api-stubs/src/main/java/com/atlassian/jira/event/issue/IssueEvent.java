// Source: atlassian-labs/atlassian-slack-integration-server@d669438 (Jira 10.0.0)
// DefaultJiraIssueEvent.java:34; every member: docs/jira-api-references.md.
package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;

/** The event Jira publishes when an issue is created, changed, commented, moved or deleted. */
public final class IssueEvent {
  private IssueEvent() {
    throw new UnsupportedOperationException("stub");
  }

  public Issue getIssue() {
    throw new UnsupportedOperationException("stub");
  }

  public Long getEventTypeId() {
    throw new UnsupportedOperationException("stub");
  }
}
