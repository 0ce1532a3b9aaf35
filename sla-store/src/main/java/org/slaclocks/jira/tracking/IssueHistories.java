package org.slaclocks.jira.tracking;

import java.util.Optional;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.policy.SlaConfiguration;

/** Reads one issue's history from wherever issues live (Jira). */
public interface IssueHistories {
  /**
   * The issue's history as the engine reads it, with the custom fields the configuration names;
   * empty when the issue does not exist (it was deleted).
   */
  Optional<IssueHistory> read(long issueId, SlaConfiguration config);
}
