package org.slaclocks.tracking;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Where the clocks of every issue are kept, replaced per issue as a whole. Questions about many
 * clocks at a given now go through {@link org.slaclocks.query.ClockQueries}, which stores implement
 * beside this port.
 *
 * <p>Concurrency: two nodes may recompute the same issue at once (a queue claim that expired, a
 * recalculation run beside the event worker). Each stored issue has a version; a store names the
 * version it read before reading the issue's history and is refused when another writer stored in
 * between, so a computation from an older history never overwrites a newer one. {@link #update} is
 * that loop. A store whose clocks equal the stored ones writes nothing (and keeps the version).
 */
public interface ClockRepository {

  /** An issue's clocks as read back, with the version the next store must name. */
  record Stored(IssueClocks clocks, long version) {
    public Stored {
      Objects.requireNonNull(clocks, "clocks");
    }
  }

  /** The stored version of each issue that has stored clocks; absent ones are at version 0. */
  Map<Long, Long> versions(Collection<Long> issueIds);

  default long version(long issueId) {
    return versions(List.of(issueId)).getOrDefault(issueId, 0L);
  }

  /**
   * Stores each update whose expected version is still the stored one (the new version is one
   * more), all or nothing per issue; an update whose clocks equal the stored ones is not written.
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

  /** Everything stored for these issues, cycles included; absent ones omitted. */
  Map<Long, Stored> loadAll(Collection<Long> issueIds);

  default Optional<Stored> load(long issueId) {
    return Optional.ofNullable(loadAll(List.of(issueId)).get(issueId));
  }

  /** All clocks of one issue as indexed summaries, ordered by metric id. */
  List<StoredClock> summaries(long issueId);
}
