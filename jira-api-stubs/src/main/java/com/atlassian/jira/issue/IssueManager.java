// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/IssueManager.html
// (interface; MutableIssue getIssueObject(Long))
package com.atlassian.jira.issue;

/** Reads issues by id or key. */
public interface IssueManager {
  /** The issue, or null when it does not exist (deleted). */
  MutableIssue getIssueObject(Long id);
}
