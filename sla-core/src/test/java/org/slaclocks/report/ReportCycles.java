package org.slaclocks.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.slaclocks.clock.ClockState;
import org.slaclocks.clock.Cycle;
import org.slaclocks.clock.Goal;

/** Test data: cycles as the engine gives them, with an 8-hour goal on a 24/7 calendar. */
final class ReportCycles {
  static final Duration GOAL = Duration.ofHours(8);
  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  private ReportCycles() {}

  static Instant at(String instant) {
    return Instant.parse(instant);
  }

  static Cycle met(String start, String stop) {
    Instant s = at(start);
    Instant e = at(stop);
    Duration elapsed = Duration.between(s, e);
    return new Cycle(
        1,
        s,
        e,
        goal(),
        ClockState.MET,
        elapsed,
        GOAL.minus(elapsed),
        null,
        null,
        null,
        List.of(),
        List.of());
  }

  static Cycle breached(String start, String stop) {
    Instant s = at(start);
    Instant e = at(stop);
    Duration elapsed = Duration.between(s, e);
    return new Cycle(
        1,
        s,
        e,
        goal(),
        ClockState.BREACHED,
        elapsed,
        GOAL.minus(elapsed),
        null,
        s.plus(GOAL),
        null,
        List.of(),
        List.of());
  }

  /** Running at {@code now}; breached when now is past start plus the goal. */
  static Cycle running(String start, String now) {
    Instant s = at(start);
    Duration elapsed = Duration.between(s, at(now));
    boolean late = elapsed.compareTo(GOAL) >= 0;
    return new Cycle(
        1,
        s,
        null,
        goal(),
        ClockState.RUNNING,
        elapsed,
        GOAL.minus(elapsed),
        s.plus(GOAL),
        late ? s.plus(GOAL) : null,
        null,
        List.of(),
        List.of());
  }

  static Cycle paused(String start) {
    return new Cycle(
        1,
        at(start),
        null,
        goal(),
        ClockState.PAUSED,
        Duration.ofHours(1),
        GOAL.minusHours(1),
        null,
        null,
        null,
        List.of(),
        List.of());
  }

  static Goal goal() {
    return new Goal(GOAL, null, "24/7", "default");
  }

  static ReportCycle row(String key, String metric, Cycle cycle, String priority) {
    return new ReportCycle(
        Long.parseLong(key.substring(key.lastIndexOf('-') + 1)),
        key,
        IssueCycles.projectOf(key),
        "p",
        metric,
        cycle,
        AMSTERDAM,
        priority == null ? Map.of() : Map.of("priority", priority, "Organization", "Acme Corp"));
  }
}
