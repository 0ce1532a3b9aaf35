// Source: https://docs.atlassian.com/jira/server/com/atlassian/jira/event/issue/IssueEvent.html
// (public final class; getIssue, getEventTypeId)
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
