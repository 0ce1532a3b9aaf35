package org.slaclocks.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.slaclocks.tracking.TriggerLedger;

/**
 * The ledger's rows as a panel and the administrators' status read them, set by tests; it can be
 * made unreadable (a database down). The job's side of the ledger is not used by views.
 */
public final class MemoryFirings implements TriggerLedger {
  private final List<Firing> rows = new ArrayList<>();
  private String unreadable;

  public MemoryFirings add(Firing firing) {
    rows.add(firing);
    return this;
  }

  public void unreadable(String why) {
    this.unreadable = why;
  }

  @Override
  public List<Firing> firings(long issueId) {
    if (unreadable != null) {
      throw new IllegalStateException(unreadable);
    }
    return rows.stream()
        .filter(f -> f.issueId() == issueId)
        .sorted(Comparator.comparing(Firing::dueAt))
        .toList();
  }

  @Override
  public int plan(List<Planned> firings, Instant now) {
    throw new UnsupportedOperationException("views only read the ledger");
  }

  @Override
  public List<Firing> claim(String node, Instant now, Duration lease, int limit) {
    throw new UnsupportedOperationException("views only read the ledger");
  }

  @Override
  public boolean actionDone(
      long firingId, String node, int actionIndex, String outcomeLine, Instant now) {
    throw new UnsupportedOperationException("views only read the ledger");
  }

  @Override
  public boolean finish(
      long firingId,
      String node,
      State state,
      Instant nextAttemptAt,
      String outcomeLine,
      Instant now) {
    throw new UnsupportedOperationException("views only read the ledger");
  }

  @Override
  public List<Firing> failed(int limit) {
    return rows.stream()
        .filter(f -> f.state() == State.FAILED)
        .sorted(Comparator.comparing(Firing::updatedAt).reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public Map<State, Long> backlog() {
    Map<State, Long> counts = new java.util.EnumMap<>(State.class);
    rows.stream()
        .filter(f -> !f.state().isFinal())
        .forEach(f -> counts.merge(f.state(), 1L, Long::sum));
    return counts;
  }
}
