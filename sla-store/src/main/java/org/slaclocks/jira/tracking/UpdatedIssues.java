package org.slaclocks.jira.tracking;

import java.time.Duration;
import java.util.function.LongConsumer;

/** Finds the issues changed recently, for the reconciliation that heals missed events. */
public interface UpdatedIssues {
  /**
   * Feeds {@code sink} the id of every issue updated within {@code lookBack} of now (as the issue
   * store sees now), each id at least once.
   */
  void forEachUpdatedWithin(Duration lookBack, LongConsumer sink);
}
