package org.slaclocks.jira.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slaclocks.calendar.BusinessCalendar;
import org.slaclocks.clock.Calendars;
import org.slaclocks.clock.ClockEvent;
import org.slaclocks.clock.ClockFacts;
import org.slaclocks.clock.CycleFacts;
import org.slaclocks.clock.Goal;
import org.slaclocks.clock.Pause;
import org.slaclocks.tracking.IssueClocks;

/** Test data builders for clocks, with the calendar they count in. */
final class Clocks {
  static final BusinessCalendar ALWAYS = BusinessCalendar.twentyFourSeven("24/7");
  static final Calendars CALENDARS =
      name -> {
        if (!name.equals("24/7")) {
          throw new IllegalArgumentException("no calendar named '" + name + "'");
        }
        return ALWAYS;
      };
  static final Instant T0 = Instant.parse("2026-01-05T09:00:00.123Z");

  private Clocks() {}

  /** A running first-response clock that started at {@code T0}, 10 minutes counted by T0+10m. */
  static ClockFacts running(String metricId, Instant breachAt) {
    CycleFacts cycle =
        new CycleFacts(
            1,
            T0,
            null,
            new Goal(Duration.ofHours(2), Duration.ofHours(1), "24/7", "priority High"),
            Duration.ofMinutes(10),
            T0.plus(Duration.ofMinutes(10)),
            breachAt,
            breachAt.minus(Duration.ofHours(1)),
            List.of(),
            List.of(new ClockEvent(T0, ClockEvent.Type.START, "issue created")));
    return new ClockFacts("support", metricId, "Time to " + metricId, List.of(cycle));
  }

  /** A resolution clock with a met cycle, then a running one past its goal, paused once. */
  static ClockFacts breached(String metricId) {
    Instant start = T0.plus(Duration.ofHours(1));
    CycleFacts met =
        new CycleFacts(
            1,
            T0,
            T0.plus(Duration.ofMinutes(30)),
            new Goal(Duration.ofHours(8), null, "24/7", "default"),
            Duration.ofMinutes(30),
            T0.plus(Duration.ofMinutes(30)),
            null,
            null,
            List.of(),
            List.of(
                new ClockEvent(T0, ClockEvent.Type.START, "issue created"),
                new ClockEvent(T0.plusSeconds(1800), ClockEvent.Type.STOP, "resolved")));
    CycleFacts late =
        new CycleFacts(
            2,
            start,
            null,
            new Goal(Duration.ofHours(4), Duration.ofHours(2), "24/7", "priority Highest"),
            Duration.ofMinutes(51),
            start.plusSeconds(600),
            start.plus(Duration.ofHours(4)).plusSeconds(540),
            start.plus(Duration.ofHours(2)).plusSeconds(540),
            List.of(
                new Pause(
                    Pause.Kind.CONDITION,
                    start.plusSeconds(60),
                    start.plusSeconds(600),
                    "status Waiting for customer"),
                new Pause(
                    Pause.Kind.EXCLUSION,
                    start.plus(Duration.ofHours(6)),
                    start.plus(Duration.ofHours(7)),
                    "exclusion: outage")),
            List.of(
                new ClockEvent(start, ClockEvent.Type.START, "reopened"),
                new ClockEvent(
                    start.plusSeconds(30), ClockEvent.Type.GOAL_CHANGE, "priority Highest")));
    return new ClockFacts("support", metricId, "Time to " + metricId, List.of(met, late));
  }

  /** A clock whose metric has not started. */
  static ClockFacts notStarted(String metricId) {
    return new ClockFacts("support", metricId, "Time to " + metricId, List.of());
  }

  static IssueClocks issue(long issueId, ClockFacts... clocks) {
    return issue(issueId, 1, clocks);
  }

  static IssueClocks issue(long issueId, long configVersion, ClockFacts... clocks) {
    return new IssueClocks(
        issueId, "HELP-" + issueId, "HELP", configVersion, T0.plusSeconds(3600), List.of(clocks));
  }
}
