// Source:
// https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/resolution/Resolution.html
// (interface extending IssueConstant)
package com.atlassian.jira.issue.resolution;

/** An issue resolution. */
public interface Resolution {
  String getId();

  String getName();
}
