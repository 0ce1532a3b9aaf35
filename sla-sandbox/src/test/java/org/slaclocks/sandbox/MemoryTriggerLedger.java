package org.slaclocks.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slaclocks.tracking.TriggerLedger;

/**
 * A ledger in memory for the sandbox's tests, while the app's Active Objects ledger is written
 * elsewhere: the same states and claims, for one process. Tests {@link #put} rows as the alert job
 * would have left them.
 */
public final class MemoryTriggerLedger implements TriggerLedger {
  private final List<Firing> rows = new ArrayList<>();
  private final Map<Long, String> holders = new java.util.HashMap<>();
  private final Map<Long, Instant> leases = new java.util.HashMap<>();

  /** Adds a row as it stands (its id is replaced by the next one); returns its id. */
  public synchronized long put(Firing firing) {
    long id = rows.size() + 1L;
    rows.add(
        new Firing(
            id,
            firing.issueId(),
            firing.metricId(),
            firing.cycleIndex(),
            firing.triggerId(),
            firing.dueAt(),
            firing.state(),
            firing.attempts(),
            firing.nextAttemptAt(),
            firing.actionsDone(),
            firing.outcome(),
            firing.updatedAt()));
    return id;
  }

  @Override
  public synchronized int plan(List<Planned> firings, Instant now) {
    int added = 0;
    for (Planned p : firings) {
      boolean known =
          rows.stream()
              .anyMatch(
                  r ->
                      r.issueId() == p.issueId()
                          && r.metricId().equals(p.metricId())
                          && r.cycleIndex() == p.cycleIndex()
                          && r.triggerId().equals(p.triggerId()));
      if (!known) {
        put(
            new Firing(
                0,
                p.issueId(),
                p.metricId(),
                p.cycleIndex(),
                p.triggerId(),
                p.dueAt(),
                State.PENDING,
                0,
                null,
                Set.of(),
                "",
                now));
        added++;
      }
    }
    return added;
  }

  @Override
  public synchronized List<Firing> claim(String node, Instant now, Duration lease, int limit) {
    List<Firing> claimed = new ArrayList<>();
    List<Firing> candidates = new ArrayList<>(rows);
    candidates.sort(Comparator.comparing(Firing::dueAt));
    for (Firing f : candidates) {
      if (claimed.size() >= limit) {
        break;
      }
      boolean free =
          f.state() == State.PENDING
              || (f.state() == State.RETRY && !f.nextAttemptAt().isAfter(now))
              || (f.state() == State.CLAIMED && !leases.get(f.id()).isAfter(now));
      if (free) {
        Firing c =
            with(f, State.CLAIMED, f.attempts(), f.nextAttemptAt(), f.actionsDone(), null, now);
        holders.put(f.id(), node);
        leases.put(f.id(), now.plus(lease));
        claimed.add(c);
      }
    }
    return claimed;
  }

  @Override
  public synchronized boolean actionDone(
      long firingId, String node, int actionIndex, String outcomeLine, Instant now) {
    Firing f = rows.get((int) firingId - 1);
    if (f.state() != State.CLAIMED || !node.equals(holders.get(firingId))) {
      return false;
    }
    Set<Integer> done = new HashSet<>(f.actionsDone());
    done.add(actionIndex);
    with(f, State.CLAIMED, f.attempts(), f.nextAttemptAt(), done, outcomeLine, now);
    return true;
  }

  @Override
  public synchronized boolean finish(
      long firingId,
      String node,
      State state,
      Instant nextAttemptAt,
      String outcomeLine,
      Instant now) {
    Firing f = rows.get((int) firingId - 1);
    if (f.state() != State.CLAIMED || !node.equals(holders.get(firingId))) {
      return false;
    }
    int attempts = state == State.RETRY ? f.attempts() + 1 : f.attempts();
    with(f, state, attempts, nextAttemptAt, f.actionsDone(), outcomeLine, now);
    holders.remove(firingId);
    return true;
  }

  private Firing with(
      Firing f,
      State state,
      int attempts,
      Instant next,
      Set<Integer> done,
      String line,
      Instant now) {
    String outcome =
        line == null ? f.outcome() : f.outcome().isEmpty() ? line : f.outcome() + "\n" + line;
    Firing changed =
        new Firing(
            f.id(),
            f.issueId(),
            f.metricId(),
            f.cycleIndex(),
            f.triggerId(),
            f.dueAt(),
            state,
            attempts,
            next,
            done,
            outcome,
            now);
    rows.set((int) f.id() - 1, changed);
    return changed;
  }

  @Override
  public synchronized List<Firing> firings(long issueId) {
    return rows.stream()
        .filter(f -> f.issueId() == issueId)
        .sorted(Comparator.comparing(Firing::dueAt))
        .toList();
  }

  @Override
  public synchronized List<Firing> failed(int limit) {
    return rows.stream()
        .filter(f -> f.state() == State.FAILED)
        .sorted(Comparator.comparing(Firing::updatedAt).reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized Map<State, Long> backlog() {
    Map<State, Long> counts = new EnumMap<>(State.class);
    for (Firing f : rows) {
      if (!f.state().isFinal()) {
        counts.merge(f.state(), 1L, Long::sum);
      }
    }
    return counts;
  }
}
