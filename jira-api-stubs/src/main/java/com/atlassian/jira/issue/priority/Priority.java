// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/priority/Priority.html
// (interface extending IssueConstant)
package com.atlassian.jira.issue.priority;

/** An issue priority. */
public interface Priority {
  String getId();

  String getName();
}
