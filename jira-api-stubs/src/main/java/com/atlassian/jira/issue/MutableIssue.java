// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/MutableIssue.html
// (interface extending Issue)
package com.atlassian.jira.issue;

/** An issue whose fields can be set (returned by IssueManager). */
public interface MutableIssue extends Issue {}
