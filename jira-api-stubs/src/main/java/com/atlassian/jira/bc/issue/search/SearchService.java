// Source: atlassian-labs/atlassian-slack-integration-server@d669438 (Jira 10.0.0)
// JqlIssueFilter.java:74,107; every member: docs/jira-api-references.md. Only Jira <= 8 sources
// show: searchOverrideSecurity, kind. search(ApplicationUser, Query, PagerFilter):
// mailru/jira-plugins-mrimsender@12bdf7f (Jira 9.4.1) IssueServiceImpl.java:164.
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

  /** The issues the searcher may browse that the query finds, one page. */
  SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter<?> pager)
      throws SearchException;

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
