package org.slaclocks.clock;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The state of one metric on one issue: every cycle, oldest first, and the summary that queries and
 * countdowns use (from the last cycle).
 */
public record SlaClock(
    String policyId,
    String metricId,
    String metricName,
    List<Cycle> cycles,
    boolean withinCalendarHours) {

  public SlaClock {
    Objects.requireNonNull(policyId, "policyId");
    Objects.requireNonNull(metricId, "metricId");
    Objects.requireNonNull(metricName, "metricName");
    cycles = List.copyOf(cycles);
  }

  /** The current cycle: the open one, else the last one; null when none started. */
  public Cycle current() {
    return cycles.isEmpty() ? null : cycles.get(cycles.size() - 1);
  }

  public ClockState state() {
    Cycle current = current();
    return current == null ? ClockState.NOT_STARTED : current.state();
  }

  /** Where a running cycle will breach; null when not running. */
  public Instant deadline() {
    Cycle current = current();
    return current == null ? null : current.deadline();
  }

  /** The current cycle is past its breach instant. */
  public boolean isBreached() {
    Cycle current = current();
    return current != null && current.isBreached();
  }

  /** Any cycle ever breached. */
  public boolean isEverBreached() {
    return cycles.stream().anyMatch(Cycle::isBreached);
  }

  /** The current cycle is past its internal target. */
  public boolean isAtRisk() {
    Cycle current = current();
    return current != null && current.isAtRisk();
  }
}
