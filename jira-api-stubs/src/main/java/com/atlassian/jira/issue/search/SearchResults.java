// Source: https://docs.atlassian.com/jira/8.22.4/com/atlassian/jira/issue/search/SearchResults.html
// (generic class since 8.0; List<T> getResults)
package com.atlassian.jira.issue.search;

import java.util.List;

/** One page of search results. */
public class SearchResults<T> {
  protected SearchResults() {
    throw new UnsupportedOperationException("stub");
  }

  public List<T> getResults() {
    throw new UnsupportedOperationException("stub");
  }
}
