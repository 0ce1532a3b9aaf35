// Source: overbaard/overbaard@ed074a4 (Jira 9.4.1) NextRankedIssueUtilImpl.java:63; every member:
// docs/jira-api-references.md.
package com.atlassian.jira.issue.search;

import com.atlassian.jira.JiraException;

/** A search that failed. */
public class SearchException extends JiraException {
  private static final long serialVersionUID = 1L;

  public SearchException(String message) {
    super(message);
  }
}
