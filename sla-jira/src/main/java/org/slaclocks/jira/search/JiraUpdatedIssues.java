package org.slaclocks.jira.search;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.search.SearchException;
import java.time.Duration;
import java.util.function.LongConsumer;
import org.slaclocks.jira.tracking.UpdatedIssues;

/**
 * Issues updated within a look-back, by a relative JQL date ({@code updated >= -15m}), which Jira
 * evaluates on its own clock and in no user's time zone.
 */
public final class JiraUpdatedIssues implements UpdatedIssues {

  private final SearchService search;

  public JiraUpdatedIssues(SearchService search) {
    this.search = search;
  }

  static String jql(Duration lookBack) {
    long minutes = Math.max(1, (lookBack.toSeconds() + 59) / 60);
    return "updated >= -" + minutes + "m ORDER BY updated ASC";
  }

  @Override
  public void forEachUpdatedWithin(Duration lookBack, LongConsumer sink) {
    SearchService.ParseResult parsed = search.parseQuery(null, jql(lookBack));
    if (!parsed.isValid()) {
      throw new IllegalStateException("Jira refused the JQL " + jql(lookBack));
    }
    try {
      IssueIdPages.forEach(search, parsed.getQuery(), sink);
    } catch (SearchException e) {
      throw new IllegalStateException("the search for updated issues failed", e);
    }
  }
}
