package org.slaclocks.tracking;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * Where the clocks of every issue are kept, replaced per issue as a whole.
 *
 * <p>Concurrency: two nodes may recompute the same issue at once (a queue claim that expired, a
 * recalculation run beside the event worker). Each stored issue has a version; a store names the
 * version it read before reading the issue's history and is refused when another writer stored in
 * between, so a computation from an older history never overwrites a newer one. {@link #update} is
 * that loop.
 */
public interface ClockRepository {

  /** Which flag an issue-id query selects on. */
  enum Flag {
    /** The current cycle is past its breach instant. */
    BREACHED,
    /** Some cycle, current or past, breached. */
    EVER_BREACHED,
    /** The current cycle is past its internal target. */
    AT_RISK
  }

  /** The stored version of each issue that has stored clocks; absent ones are at version 0. */
  Map<Long, Long> versions(Collection<Long> issueIds);

  default long version(long issueId) {
    return versions(List.of(issueId)).getOrDefault(issueId, 0L);
  }

  /**
   * Stores each update whose expected version is still the stored one (the new version is one
   * more), all or nothing per issue.
   *
   * @return the ids of the issues not stored because another writer stored them first; read their
   *     version and history again and recompute
   */
  Set<Long> storeAll(Collection<ClockUpdate> updates);

  /** Stores one issue's clocks; false when another writer stored them since {@code version}. */
  default boolean store(IssueClocks clocks, long expectedVersion) {
    return storeAll(List.of(new ClockUpdate(clocks, expectedVersion))).isEmpty();
  }

  /**
   * Recomputes and stores one issue's clocks without losing a concurrent update: reads the stored
   * version, then lets {@code compute} read the history and compute, and starts over when another
   * writer stored in between.
   *
   * @throws IllegalStateException when {@code maxAttempts} attempts all lost the race
   */
  default IssueClocks update(long issueId, Supplier<IssueClocks> compute, int maxAttempts) {
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      long version = version(issueId);
      IssueClocks clocks = compute.get();
      if (clocks.issueId() != issueId) {
        throw new IllegalArgumentException(
            "compute returned the clocks of issue " + clocks.issueId() + ", not " + issueId);
      }
      if (store(clocks, version)) {
        return clocks;
      }
    }
    throw new IllegalStateException(
        "issue " + issueId + ": " + maxAttempts + " attempts to store its clocks all lost a race");
  }

  /** Removes the clocks of these issues (deleted in Jira). */
  void delete(Collection<Long> issueIds);

  /** Everything stored for these issues, with cycles, pauses and timelines; absent ones omitted. */
  Map<Long, StoredIssueClocks> loadAll(Collection<Long> issueIds);

  default Optional<StoredIssueClocks> load(long issueId) {
    return Optional.ofNullable(loadAll(List.of(issueId)).get(issueId));
  }

  /** All clocks of one issue as summaries, ordered by metric id. */
  List<StoredClock> summaries(long issueId);

  /**
   * Running clocks whose deadline is before {@code beforeExclusive}, earliest deadline first, at
   * most {@code limit} (the scan that reminders and breach actions poll).
   */
  List<StoredClock> findDue(Instant beforeExclusive, int limit);

  /**
   * Feeds {@code sink} the id of every issue with a clock that has {@code flag}, each id once, in
   * ascending order, without holding them all in memory; {@code metricId} null means any metric.
   */
  void forEachIssueId(Flag flag, String metricId, LongConsumer sink);
}
