package org.slaclocks.jira.search;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The ids of every issue a query finds, whoever may browse them (security overridden), read from
 * Jira's search {@value #PAGE} at a time.
 */
final class IssueIdPages {
  static final int PAGE = 500;

  private IssueIdPages() {}

  static void forEach(SearchService search, Query query, LongConsumer sink) throws SearchException {
    for (int start = 0; ; start += PAGE) {
      List<Issue> page =
          search.searchOverrideSecurity(null, query, new PagerFilter<>(start, PAGE)).getResults();
      page.forEach(issue -> sink.accept(issue.getId()));
      if (page.size() < PAGE) {
        return;
      }
    }
  }
}
