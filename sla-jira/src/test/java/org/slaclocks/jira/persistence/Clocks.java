package org.slaclocks.jira.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slaclocks.calendar.BusinessCalendar;
import org.slaclocks.clock.ClockEvent;
import org.slaclocks.clock.ClockState;
import org.slaclocks.clock.Cycle;
import org.slaclocks.clock.Goal;
import org.slaclocks.clock.Pause;
import org.slaclocks.clock.SlaClock;
import org.slaclocks.tracking.IssueClocks;

/** Test data builders for clocks, with the calendar they use. */
final class Clocks {
  static final BusinessCalendar ALWAYS = BusinessCalendar.twentyFourSeven("24/7");
  static final Instant T0 = Instant.parse("2026-01-05T09:00:00.123Z");

  private Clocks() {}

  /** A running first-response clock that started at {@code T0} with a deadline 2h later. */
  static SlaClock running(String metricId, Instant deadline) {
    Cycle cycle =
        new Cycle(
            0,
            T0,
            null,
            new Goal(Duration.ofHours(2), Duration.ofHours(1), ALWAYS, "priority High"),
            ClockState.RUNNING,
            Duration.ofMinutes(10),
            Duration.ofMinutes(110),
            deadline,
            null,
            null,
            List.of(),
            List.of(new ClockEvent(T0, ClockEvent.Type.START, "issue created")));
    return new SlaClock("support", metricId, "Time to " + metricId, List.of(cycle), true);
  }

  /** A resolution clock with a met cycle, then a breached and at-risk running one, paused once. */
  static SlaClock breached(String metricId) {
    Instant start = T0.plus(Duration.ofHours(1));
    Cycle met =
        new Cycle(
            0,
            T0,
            T0.plus(Duration.ofMinutes(30)),
            new Goal(Duration.ofHours(8), null, ALWAYS, "default"),
            ClockState.MET,
            Duration.ofMinutes(30),
            Duration.ofMinutes(450),
            null,
            null,
            null,
            List.of(),
            List.of(
                new ClockEvent(T0, ClockEvent.Type.START, "issue created"),
                new ClockEvent(T0.plusSeconds(1800), ClockEvent.Type.STOP, "resolved")));
    Cycle late =
        new Cycle(
            1,
            start,
            null,
            new Goal(Duration.ofHours(4), Duration.ofHours(2), ALWAYS, "priority Highest"),
            ClockState.RUNNING,
            Duration.ofHours(5),
            Duration.ofHours(-1),
            start.plus(Duration.ofHours(5)),
            start.plus(Duration.ofHours(4)),
            start.plus(Duration.ofHours(2)),
            List.of(
                new Pause(
                    Pause.Kind.CONDITION,
                    start.plusSeconds(60),
                    start.plusSeconds(600),
                    "status Waiting for customer"),
                new Pause(
                    Pause.Kind.EXCLUSION, start.plusSeconds(7200), null, "exclusion: outage")),
            List.of(
                new ClockEvent(start, ClockEvent.Type.START, "reopened"),
                new ClockEvent(start.plusSeconds(60), ClockEvent.Type.PAUSE, "status Waiting"),
                new ClockEvent(start.plusSeconds(600), ClockEvent.Type.RESUME, "customer replied"),
                new ClockEvent(
                    start.plus(Duration.ofHours(2)), ClockEvent.Type.AT_RISK, "internal target"),
                new ClockEvent(start.plus(Duration.ofHours(4)), ClockEvent.Type.BREACH, "goal")));
    return new SlaClock("support", metricId, "Time to " + metricId, List.of(met, late), false);
  }

  /** A clock whose metric has not started. */
  static SlaClock notStarted(String metricId) {
    return new SlaClock("support", metricId, "Time to " + metricId, List.of(), false);
  }

  static IssueClocks issue(long issueId, SlaClock... clocks) {
    return issue(issueId, 1, clocks);
  }

  static IssueClocks issue(long issueId, long configVersion, SlaClock... clocks) {
    return new IssueClocks(
        issueId, "HELP-" + issueId, "HELP", configVersion, T0.plusSeconds(3600), List.of(clocks));
  }
}
