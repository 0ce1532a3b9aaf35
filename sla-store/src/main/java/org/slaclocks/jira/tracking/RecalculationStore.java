package org.slaclocks.jira.tracking;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.slaclocks.tracking.RecalculationScope;
import org.slaclocks.tracking.Recalculations.Run;

/**
 * Where recalculation runs are recorded and fed to the change queue, a batch at a time, so that
 * every node can carry on a run another node started and a run survives restarts.
 */
public interface RecalculationStore {
  /**
   * Records a running run over {@code issueIds} (listed once, now), unless one is running.
   *
   * @throws org.slaclocks.tracking.Recalculations.AlreadyRunning when one is
   */
  Run create(
      RecalculationScope scope,
      String requestedBy,
      Instant at,
      long targetRevision,
      Collection<Long> issueIds);

  Optional<Run> running();

  /** Runs, newest first, with their progress. */
  List<Run> list(int limit);

  Optional<Run> find(long id);

  /** Marks a running run cancelled: nothing more of it is queued. */
  Optional<Run> cancel(long id, String by, Instant at);

  /**
   * Carries the running run on: counts the issues the worker has processed and, once no more than
   * {@code batch} of those in flight are left, queues the next {@code batch} issues (one
   * transaction with the cursor), so that at most two batches are queued; marks the run done when
   * every issue is processed and none is left.
   *
   * @return the run as it is now; empty when none is running
   */
  Optional<Run> feed(int batch, Instant now);

  /** The issues with a running or paused stored clock, each id at least once. */
  void forEachOpenIssue(LongConsumer sink);
}
