package org.slaclocks.clock;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One metric's clock on one issue as facts that do not change while time passes: every cycle's
 * {@link CycleFacts}, oldest first. What is stored per issue and metric; {@link #at} gives the
 * {@link SlaClock} shown at a given {@code now}.
 */
public record ClockFacts(
    String policyId, String metricId, String metricName, List<CycleFacts> cycles) {

  public ClockFacts {
    Objects.requireNonNull(policyId, "policyId");
    Objects.requireNonNull(metricId, "metricId");
    Objects.requireNonNull(metricName, "metricName");
    cycles = List.copyOf(cycles);
    for (int i = 0; i < cycles.size(); i++) {
      if (cycles.get(i).index() != i + 1) {
        throw new IllegalArgumentException(
            "cycles must be numbered 1, 2, ...: cycle "
                + (i + 1)
                + " has index "
                + cycles.get(i).index());
      }
      if (i < cycles.size() - 1 && cycles.get(i).isOpen()) {
        throw new IllegalArgumentException("only the last cycle may be open, not cycle " + (i + 1));
      }
    }
  }

  /** The current cycle: the open one, else the last one; null when none started. */
  public CycleFacts current() {
    return cycles.isEmpty() ? null : cycles.get(cycles.size() - 1);
  }

  /** The clock as shown at {@code now} (not before the last change). */
  public SlaClock at(Instant now, Calendars calendars) {
    List<Cycle> shown = cycles.stream().map(c -> c.at(now, calendars)).toList();
    CycleFacts current = current();
    boolean withinHours =
        current != null && calendars.calendar(current.goal().calendar()).isWorkingTime(now);
    return new SlaClock(policyId, metricId, metricName, shown, withinHours);
  }
}
