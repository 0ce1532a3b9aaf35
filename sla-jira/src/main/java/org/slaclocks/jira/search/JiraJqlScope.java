package org.slaclocks.jira.search;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.web.bean.PagerFilter;
import org.slaclocks.jira.tracking.SystemFailure;
import org.slaclocks.tracking.JqlScope;

/** Whether an issue matches a policy's JQL: a search for that JQL and the issue's id. */
public final class JiraJqlScope implements JqlScope {
  private final SearchService search;

  public JiraJqlScope(SearchService search) {
    this.search = search;
  }

  /**
   * Null (undetermined) when Jira refuses the JQL, which the worker treats as a system failure: it
   * pauses instead of parking every issue the policy could cover.
   *
   * @throws SystemFailure when Jira's search fails (say, during an index rebuild)
   */
  @Override
  public Boolean matches(String jql, long issueId) {
    try {
      SearchService.ParseResult parsed =
          search.parseQuery(null, "(" + jql + ") AND issue = " + issueId);
      if (!parsed.isValid()) {
        return null;
      }
      return !search
          .searchOverrideSecurity(null, parsed.getQuery(), new PagerFilter<>(0, 1))
          .getResults()
          .isEmpty();
    } catch (SearchException | RuntimeException e) {
      throw new SystemFailure(
          "Jira's search failed for a policy's JQL scope ("
              + jql
              + "): "
              + e.getMessage()
              + ". Check Jira's search index (Administration > System > Indexing)",
          e);
    }
  }
}
