package org.slaclocks.tracking;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.slaclocks.calendar.BusinessCalendar;
import org.slaclocks.clock.ClockEvent;
import org.slaclocks.clock.ClockState;
import org.slaclocks.clock.Cycle;
import org.slaclocks.clock.Pause;

/** A {@link Cycle} as stored, field for field, with its goal's calendar kept by name. */
public record StoredCycle(
    int index,
    Instant start,
    Instant stop,
    StoredGoal goal,
    ClockState state,
    Duration elapsed,
    Duration remaining,
    Instant deadline,
    Instant breachAt,
    Instant atRiskAt,
    List<Pause> pauses,
    List<ClockEvent> timeline) {

  public StoredCycle {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(state, "state");
    pauses = List.copyOf(pauses);
    timeline = List.copyOf(timeline);
  }

  public static StoredCycle of(Cycle cycle) {
    return new StoredCycle(
        cycle.index(),
        cycle.start(),
        cycle.stop(),
        cycle.goal() == null ? null : StoredGoal.of(cycle.goal()),
        cycle.state(),
        cycle.elapsed(),
        cycle.remaining(),
        cycle.deadline(),
        cycle.breachAt(),
        cycle.atRiskAt(),
        cycle.pauses(),
        cycle.timeline());
  }

  /** The cycle with its goal's calendar looked up by name. */
  public Cycle toCycle(Function<String, BusinessCalendar> calendars) {
    return new Cycle(
        index,
        start,
        stop,
        goal == null ? null : goal.toGoal(calendars.apply(goal.calendarName())),
        state,
        elapsed,
        remaining,
        deadline,
        breachAt,
        atRiskAt,
        pauses,
        timeline);
  }
}
