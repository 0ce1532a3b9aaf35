// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/issuetype/IssueType.html
// (interface extending IssueConstant); Issue.getIssueType() returning it is used by
// codescape/jira-scrum-poker (Jira 11) SessionReferenceMapper
package com.atlassian.jira.issue.issuetype;

/** An issue type. */
public interface IssueType {
  String getId();

  String getName();
}
