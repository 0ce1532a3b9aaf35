package org.slaclocks.jira.jql;

import org.slaclocks.query.function.FunctionAnswer;
import org.slaclocks.query.function.TimeTracking;

/** The Jira settings an SLA search reads at each search. */
public interface SearchSettings {
  /** Jira's own defaults: 65,000 ids from one function, 8 hours a day, 5 days a week. */
  SearchSettings JIRA_DEFAULTS =
      new SearchSettings() {
        @Override
        public int maxIssues() {
          return FunctionAnswer.JIRA_DEFAULT_LIMIT;
        }

        @Override
        public TimeTracking timeTracking() {
          return TimeTracking.JIRA_DEFAULT;
        }
      };

  /**
   * The most issue ids one function may return: Jira makes one search clause of each and refuses a
   * search with more clauses than {@code jira.search.maxclauses}.
   */
  int maxIssues();

  /** How long a day and a week are in typed durations (Jira's time-tracking settings). */
  TimeTracking timeTracking();
}
