// Source: overbaard/overbaard@ed074a4 (Jira 9.4.1) SearchResultsAdapterImpl.java:16; every member:
// docs/jira-api-references.md. Only Jira <= 8 sources show: kind.
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
