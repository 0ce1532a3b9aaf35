package org.slaclocks.tracking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.Predicate;
import org.slaclocks.clock.ClockState;
import org.slaclocks.clock.Cycle;
import org.slaclocks.clock.Pause;
import org.slaclocks.clock.SlaClock;
import org.slaclocks.query.ClockQuestion;

/**
 * What each question means on the clock the engine shows at {@code now}, written without the
 * planner: the expectation that stored clocks and their queries are checked against.
 */
public final class QuestionMeanings {
  private QuestionMeanings() {}

  public static Predicate<SlaClock> of(ClockQuestion.Ask ask, Instant now) {
    if (ask instanceof ClockQuestion.Breached) {
      return SlaClock::isBreached;
    } else if (ask instanceof ClockQuestion.EverBreached) {
      return SlaClock::isEverBreached;
    } else if (ask instanceof ClockQuestion.AtRisk) {
      return SlaClock::isAtRisk;
    } else if (ask instanceof ClockQuestion.Running) {
      return c -> c.state() == ClockState.RUNNING;
    } else if (ask instanceof ClockQuestion.Paused) {
      return c -> isPausedByCondition(c.current());
    } else if (ask instanceof ClockQuestion.Completed) {
      return c -> c.cycles().stream().anyMatch(x -> !x.isOpen());
    } else if (ask instanceof ClockQuestion.Met) {
      return c -> c.state() == ClockState.MET;
    } else if (ask instanceof ClockQuestion.WithinCalendarHours) {
      return c -> c.state() == ClockState.RUNNING && c.withinCalendarHours();
    } else if (ask instanceof ClockQuestion.BreachingBefore b) {
      return c ->
          c.state() == ClockState.RUNNING
              && !c.deadline().isBefore(now)
              && c.deadline().isBefore(b.instant());
    } else if (ask instanceof ClockQuestion.BreachedBetween b) {
      return c ->
          c.current() != null
              && c.current().breachAt() != null
              && !c.current().breachAt().isBefore(b.fromInclusive())
              && c.current().breachAt().isBefore(b.toExclusive());
    } else if (ask instanceof ClockQuestion.Remaining r) {
      return c ->
          isOpen(c) && r.comparison().holds(c.current().remaining().compareTo(r.duration()));
    } else if (ask instanceof ClockQuestion.Elapsed e) {
      return c -> isOpen(c) && e.comparison().holds(c.current().elapsed().compareTo(e.duration()));
    } else if (ask instanceof ClockQuestion.ElapsedPercent p) {
      return c ->
          isOpen(c)
              && p.comparison()
                  .holds(
                      BigDecimal.valueOf(c.current().elapsed().toNanos())
                          .multiply(BigDecimal.valueOf(100))
                          .compareTo(
                              BigDecimal.valueOf(c.current().goal().target().toNanos())
                                  .multiply(p.percent())));
    }
    throw new IllegalArgumentException("no meaning written for " + ask);
  }

  private static boolean isOpen(SlaClock clock) {
    return clock.state() == ClockState.RUNNING || clock.state() == ClockState.PAUSED;
  }

  private static boolean isPausedByCondition(Cycle cycle) {
    return cycle != null
        && cycle.isOpen()
        && cycle.pauses().stream()
            .anyMatch(p -> p.kind() == Pause.Kind.CONDITION && p.endExclusive() == null);
  }
}
