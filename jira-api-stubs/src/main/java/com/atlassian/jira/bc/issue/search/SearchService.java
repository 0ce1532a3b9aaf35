// Source:
// https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/issue/search/SearchService.html
// (interface; parseQuery, searchOverrideSecurity returning SearchResults<Issue> since 8.0,
// ParseResult nested final class)
package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

/** Runs JQL searches. */
public interface SearchService {
  ParseResult parseQuery(ApplicationUser searcher, String query);

  SearchResults<Issue> searchOverrideSecurity(
      ApplicationUser searcher, Query query, PagerFilter<?> pager) throws SearchException;

  /** The outcome of parsing a JQL string. */
  final class ParseResult {
    private ParseResult() {
      throw new UnsupportedOperationException("stub");
    }

    public boolean isValid() {
      throw new UnsupportedOperationException("stub");
    }

    public Query getQuery() {
      throw new UnsupportedOperationException("stub");
    }
  }
}
