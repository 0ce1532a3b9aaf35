package org.slaclocks.jira.search;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.search.SearchException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.LongConsumer;
import org.slaclocks.tracking.IssueSelection;
import org.slaclocks.tracking.RecalculationScope;

/**
 * A recalculation's scope through Jira's search: every issue, those updated since an instant (a
 * relative date, {@code updated >= -90m}, which Jira evaluates on its own clock and in no user's
 * zone, as {@link JiraUpdatedIssues} does), or an administrator's JQL. Searches override issue
 * security: clocks are kept for every issue.
 */
public final class JiraIssueSelection implements IssueSelection {

  private final SearchService search;
  private final Clock clock;

  public JiraIssueSelection(SearchService search, Clock clock) {
    this.search = search;
    this.clock = clock;
  }

  static String jql(RecalculationScope scope, Clock clock) {
    return switch (scope.kind()) {
      case ALL -> "ORDER BY created ASC";
      case UPDATED -> {
        Duration back = Duration.between(scope.since(), clock.instant());
        long minutes = Math.max(1, (back.toSeconds() + 59) / 60);
        yield "updated >= -" + minutes + "m ORDER BY created ASC";
      }
      case JQL -> "(" + scope.jql() + ") ORDER BY created ASC";
      case OPEN -> throw new IllegalArgumentException("open issues come from the stored clocks");
    };
  }

  @Override
  public void forEach(RecalculationScope scope, LongConsumer sink) {
    String jql = jql(scope, clock);
    SearchService.ParseResult parsed = search.parseQuery(null, jql);
    if (!parsed.isValid()) {
      throw new IllegalArgumentException("Jira refused the JQL " + jql);
    }
    try {
      IssueIdPages.forEach(search, parsed.getQuery(), sink);
    } catch (SearchException e) {
      throw new IllegalStateException("Jira's search for the recalculation's issues failed", e);
    }
  }
}
