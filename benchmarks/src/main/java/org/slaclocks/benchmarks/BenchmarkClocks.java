package org.slaclocks.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.slaclocks.calendar.BusinessCalendar;
import org.slaclocks.clock.ClockEvent;
import org.slaclocks.clock.ClockFacts;
import org.slaclocks.clock.CycleFacts;
import org.slaclocks.clock.Goal;
import org.slaclocks.clock.Pause;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.tracking.IssueClocks;

/**
 * The clocks of the persistence benchmark, generated deterministically per (issue, generation): a
 * store of generation g+1 changes every clock of an issue, a store of the same generation changes
 * nothing. Three helpdesk metrics are mostly completed, as in a helpdesk with years of history; the
 * fourth, an engineering OLA that starts only when an issue is escalated, is where the questions
 * are asked: 4 % running, 2 % paused, about 4 % completed, the rest not started, so that each
 * question matches up to about 10,000 of the 250,000 issues.
 */
final class BenchmarkClocks {
  static final String[] METRICS = {
    "first-response", "next-response", "resolution", "engineering-ola"
  };
  static final String ASKED = "engineering-ola";
  static final String[] CALENDARS = {"EMEA office", "EMEA office", "Americas office", "24/7"};
  static final Duration[] GOALS = {
    Duration.ofHours(4), Duration.ofHours(8), Duration.ofHours(24), Duration.ofHours(40)
  };

  private final SlaConfiguration config;
  private final Instant now;

  BenchmarkClocks(SlaConfiguration config, Instant now) {
    this.config = config;
    this.now = now;
  }

  IssueClocks issue(long issueId, int generation) {
    List<ClockFacts> clocks = new ArrayList<>(METRICS.length);
    for (int m = 0; m < METRICS.length; m++) {
      clocks.add(clock(issueId, m, generation));
    }
    return new IssueClocks(
        issueId, "HELP-" + issueId, "HELP", 1, now.minusSeconds(60L * generation), clocks);
  }

  private ClockFacts clock(long issueId, int m, int generation) {
    // The state depends on the issue alone; every instant moves with the generation.
    double r = new SplittableRandom(issueId * 1_000_003L + m * 101L).nextDouble();
    SplittableRandom random = new SplittableRandom(issueId * 1_000_003L + m * 101L + generation);
    String metric = METRICS[m];
    boolean asked = metric.equals(ASKED);
    Kind kind;
    if (asked) {
      kind =
          r < 0.04 ? Kind.RUNNING : r < 0.06 ? Kind.PAUSED : r < 0.096 ? Kind.STOPPED : Kind.NONE;
    } else {
      kind = r < 0.10 ? Kind.RUNNING : r < 0.12 ? Kind.PAUSED : r < 0.95 ? Kind.STOPPED : Kind.NONE;
    }
    List<CycleFacts> cycles = new ArrayList<>(2);
    if (kind != Kind.NONE) {
      Instant start =
          now.minusMillis(random.nextLong(Duration.ofDays(20).toMillis())).plusMillis(generation);
      if (random.nextInt(10) == 0) {
        Instant earlier = start.minus(Duration.ofDays(3));
        cycles.add(cycle(1, earlier, Kind.STOPPED, random, generation));
      }
      cycles.add(cycle(cycles.size() + 1, start, kind, random, generation));
    }
    // A clock not started has nothing else to change in another generation but its name.
    String name =
        "Time to " + metric + (cycles.isEmpty() && generation > 0 ? " #" + generation : "");
    // One issue in ten is a VIP customer's, as the example's policies say (a policy filter's data).
    String policy = issueId % 10 == 0 ? "vip" : "standard";
    return new ClockFacts(policy, metric, name, cycles);
  }

  private enum Kind {
    NONE,
    RUNNING,
    PAUSED,
    STOPPED
  }

  private CycleFacts cycle(int index, Instant start, Kind kind, SplittableRandom random, int gen) {
    Duration target = GOALS[random.nextInt(GOALS.length)];
    Duration internal = random.nextBoolean() ? target.multipliedBy(3).dividedBy(4) : null;
    String calendarName = CALENDARS[random.nextInt(CALENDARS.length)];
    BusinessCalendar calendar = config.calendar(calendarName);
    Goal goal = new Goal(target, internal, calendarName, "priority " + (1 + random.nextInt(4)));
    long span = Math.max(1, Duration.between(start, now).toMillis());
    Instant elapsedAt = start.plusMillis(random.nextLong(span)).plusMillis(gen);
    Duration elapsed =
        Duration.ofMillis(random.nextLong(target.multipliedBy(3).dividedBy(2).toMillis()));
    Instant breachAt = reach(calendar, elapsedAt, elapsed, target);
    Instant atRiskAt = internal == null ? null : reach(calendar, elapsedAt, elapsed, internal);
    List<Pause> pauses = new ArrayList<>();
    List<ClockEvent> events = new ArrayList<>();
    events.add(new ClockEvent(start, ClockEvent.Type.START, "issue escalated"));
    Instant stop = null;
    if (kind == Kind.PAUSED) {
      pauses.add(new Pause(Pause.Kind.CONDITION, elapsedAt, null, "status Waiting for customer"));
      breachAt = past(breachAt, elapsedAt);
      atRiskAt = past(atRiskAt, elapsedAt);
    } else if (kind == Kind.STOPPED) {
      stop = elapsedAt;
      breachAt = past(breachAt, stop);
      atRiskAt = past(atRiskAt, stop);
      events.add(new ClockEvent(stop, ClockEvent.Type.STOP, "resolved"));
    }
    return new CycleFacts(
        index, start, stop, goal, elapsed, elapsedAt, breachAt, atRiskAt, pauses, events);
  }

  /** Where the elapsed time reaches {@code goal}: forward from elapsedAt, or already behind. */
  private static Instant reach(
      BusinessCalendar calendar, Instant elapsedAt, Duration elapsed, Duration goal) {
    if (elapsed.compareTo(goal) < 0) {
      return calendar.deadline(elapsedAt, goal.minus(elapsed));
    }
    return elapsedAt.minus(elapsed.minus(goal));
  }

  /** An instant only if strictly before {@code until}: a paused or stopped cycle's breach. */
  private static Instant past(Instant instant, Instant until) {
    return instant != null && instant.isBefore(until) ? instant : null;
  }
}
