// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/status/Status.html
// (interface extending IssueConstant; String getId, String getName)
package com.atlassian.jira.issue.status;

/** A workflow status. */
public interface Status {
  String getId();

  String getName();
}
