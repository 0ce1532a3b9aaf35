// Source:
// https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/search/SearchException.html
// (checked, extends JiraException)
package com.atlassian.jira.issue.search;

import com.atlassian.jira.JiraException;

/** A search that failed. */
public class SearchException extends JiraException {
  private static final long serialVersionUID = 1L;

  public SearchException(String message) {
    super(message);
  }
}
