package org.slaclocks.jira.search;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.web.bean.PagerFilter;
import org.slaclocks.tracking.JqlScope;

/** Whether an issue matches a policy's JQL: a search for that JQL and the issue's id. */
public final class JiraJqlScope implements JqlScope {
  private final SearchService search;

  public JiraJqlScope(SearchService search) {
    this.search = search;
  }

  /** Null (undetermined: the issue is retried, then parked) when the JQL is invalid. */
  @Override
  public Boolean matches(String jql, long issueId) {
    SearchService.ParseResult parsed =
        search.parseQuery(null, "(" + jql + ") AND issue = " + issueId);
    if (!parsed.isValid()) {
      return null;
    }
    try {
      return !search
          .searchOverrideSecurity(null, parsed.getQuery(), new PagerFilter<>(0, 1))
          .getResults()
          .isEmpty();
    } catch (SearchException e) {
      throw new IllegalStateException("the search for a policy's JQL failed: " + jql, e);
    }
  }
}
