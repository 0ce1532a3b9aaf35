package org.slaclocks.query;

import static org.slaclocks.query.ClockCondition.all;
import static org.slaclocks.query.ClockCondition.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.slaclocks.clock.Calendars;
import org.slaclocks.clock.ClockState;
import org.slaclocks.clock.CountedTime;
import org.slaclocks.query.ClockCondition.Op;
import org.slaclocks.query.ClockQuestion.Comparison;

/**
 * Answers {@link ClockQuestion}s at a given {@code now} from stored clocks: each question becomes a
 * {@link ClockCondition} on stored instants, computed once per calendar (and goal) rather than per
 * clock. "Remaining under 2h" for running clocks in calendar c is "the breach instant is before
 * deadline(now, 2h) in c"; elapsed comparisons are ranges on {@code ZERO_AT}, the instant from
 * which a running clock's counted time equals its elapsed time.
 *
 * <p>Definitions, at {@code now} (they equal what the clock engine shows at {@code now}):
 *
 * <ul>
 *   <li>breached: the current cycle's breach instant is before now; ever breached: some cycle's; at
 *       risk: the internal target's instant is before now.
 *   <li>running: open, not held by a pause condition, and no exclusion window covers now; paused:
 *       held by a pause condition; completed: a cycle has stopped; met: the current cycle stopped
 *       in time; within calendar hours: running, and its calendar is in working time now.
 *   <li>remaining, elapsed and elapsed percentage compare open cycles (running or paused); elapsed
 *       time counts the calendar minus the exclusion windows for every issue. An exclusion window
 *       of a single issue that began after its clock last changed is counted as working time by
 *       these comparisons until the issue is recomputed (the breach instant itself always skips
 *       it).
 *   <li>clocks that count in a calendar the configuration no longer has are left out of answers
 *       that need calendar arithmetic (within hours, remaining, elapsed) until recomputed.
 * </ul>
 */
public final class ClockQuestions {
  private final ClockQueries store;

  public ClockQuestions(ClockQueries store) {
    this.store = store;
  }

  /** Feeds {@code sink} the ids of the issues whose clock satisfies the question, ascending. */
  public void issueIds(
      ClockQuestion question,
      Instant now,
      Calendars calendars,
      Exclusions exclusions,
      LongConsumer sink) {
    ClockCondition condition =
        condition(question, now, calendars, exclusions, () -> store.openGoals(question.metricId()));
    if (!condition.isNone()) {
      store.forEachIssueId(condition, sink);
    }
  }

  /**
   * The condition that selects the clocks answering {@code question} at {@code now}; {@code
   * openGoals} is read only by questions that need calendar arithmetic.
   */
  public static ClockCondition condition(
      ClockQuestion question,
      Instant now,
      Calendars calendars,
      Exclusions exclusions,
      Supplier<Set<CalendarGoal>> openGoals) {
    Planner planner = new Planner(question, now, calendars, exclusions, openGoals);
    ClockCondition body = planner.body();
    if (body.isNone()) {
      return body;
    }
    return all(
        compare(ClockColumn.METRIC_ID, Op.EQ, question.metricId()),
        question.policyId() == null
            ? null
            : compare(ClockColumn.POLICY_ID, Op.EQ, question.policyId()),
        question.calendar() == null
            ? null
            : compare(ClockColumn.CALENDAR, Op.EQ, question.calendar()),
        body);
  }

  private static final class Planner {
    private final ClockQuestion question;
    private final Instant now;
    private final Calendars calendars;
    private final Exclusions exclusions;
    private final Supplier<Set<CalendarGoal>> openGoals;

    Planner(
        ClockQuestion question,
        Instant now,
        Calendars calendars,
        Exclusions exclusions,
        Supplier<Set<CalendarGoal>> openGoals) {
      this.question = question;
      this.now = now;
      this.calendars = calendars;
      this.exclusions = exclusions;
      this.openGoals = openGoals;
    }

    ClockCondition body() {
      ClockQuestion.Ask ask = question.ask();
      if (ask instanceof ClockQuestion.Breached) {
        return before(ClockColumn.BREACH_AT, now);
      } else if (ask instanceof ClockQuestion.EverBreached) {
        return before(ClockColumn.FIRST_BREACH_AT, now);
      } else if (ask instanceof ClockQuestion.AtRisk) {
        return before(ClockColumn.AT_RISK_AT, now);
      } else if (ask instanceof ClockQuestion.Running) {
        return runningNow();
      } else if (ask instanceof ClockQuestion.Paused) {
        return state(ClockState.PAUSED);
      } else if (ask instanceof ClockQuestion.Completed) {
        return compare(ClockColumn.COMPLETED_CYCLES, Op.GT, 0);
      } else if (ask instanceof ClockQuestion.Met) {
        return state(ClockState.MET);
      } else if (ask instanceof ClockQuestion.WithinCalendarHours) {
        return withinHours();
      } else if (ask instanceof ClockQuestion.BreachingBefore b) {
        return breachingBefore(b.instant());
      } else if (ask instanceof ClockQuestion.BreachedBetween b) {
        return breachedBetween(b.fromInclusive(), b.toExclusive());
      } else if (ask instanceof ClockQuestion.Elapsed e) {
        return elapsed(e.comparison(), e.duration());
      } else if (ask instanceof ClockQuestion.Remaining r) {
        return remaining(r.comparison(), r.duration());
      } else if (ask instanceof ClockQuestion.ElapsedPercent p) {
        return elapsedPercent(p.comparison(), p.percent());
      }
      throw new IllegalArgumentException("unknown question " + ask);
    }

    private static ClockCondition before(ClockColumn column, Instant instant) {
      return compare(column, Op.LT, instant);
    }

    private static ClockCondition state(ClockState state) {
      return compare(ClockColumn.STATE, Op.EQ, state);
    }

    /** Running and not in an exclusion window now. */
    private ClockCondition runningNow() {
      if (exclusions.coversEveryIssue(now)) {
        return ClockCondition.none();
      }
      Set<Long> excluded = exclusions.issuesCovered(now);
      return all(
          state(ClockState.RUNNING),
          excluded.isEmpty() ? null : new ClockCondition.In(ClockColumn.ISSUE_ID, excluded, true));
    }

    private ClockCondition withinHours() {
      Set<String> working = new TreeSet<>();
      for (String calendar : calendarsInUse()) {
        CountedTime time = counted(calendar);
        if (time != null && time.calendar().isWorkingTime(now)) {
          working.add(calendar);
        }
      }
      ClockCondition running = runningNow();
      if (working.isEmpty() || running.isNone()) {
        return ClockCondition.none();
      }
      return all(running, new ClockCondition.In(ClockColumn.CALENDAR, working, false));
    }

    private ClockCondition breachingBefore(Instant instant) {
      ClockCondition running = runningNow();
      if (!instant.isAfter(now) || running.isNone()) {
        return ClockCondition.none();
      }
      return all(
          running,
          compare(ClockColumn.BREACH_AT, Op.GE, now),
          compare(ClockColumn.BREACH_AT, Op.LT, instant));
    }

    private ClockCondition breachedBetween(Instant from, Instant to) {
      Instant end = to.isBefore(now) ? to : now;
      if (!end.isAfter(from)) {
        return ClockCondition.none();
      }
      return all(
          compare(ClockColumn.BREACH_AT, Op.GE, from), compare(ClockColumn.BREACH_AT, Op.LT, end));
    }

    private ClockCondition elapsed(Comparison comparison, Duration duration) {
      List<ClockCondition> parts = new ArrayList<>();
      for (String calendar : calendarsInUse()) {
        add(parts, running(calendar, null, comparison, duration));
      }
      parts.add(
          all(state(ClockState.PAUSED), compare(ClockColumn.ELAPSED, op(comparison), duration)));
      return ClockCondition.any(parts);
    }

    /** Remaining = goal - elapsed, so "remaining op X" is "elapsed op' goal - X", per goal. */
    private ClockCondition remaining(Comparison comparison, Duration duration) {
      Comparison onElapsed = comparison.mirrored();
      List<ClockCondition> parts = new ArrayList<>();
      Set<Duration> goals = new TreeSet<>();
      for (CalendarGoal pair : goalsInUse()) {
        Duration threshold = pair.goal().minus(duration);
        add(parts, running(pair.calendar(), pair.goal(), onElapsed, threshold));
        goals.add(pair.goal());
      }
      for (Duration goal : goals) {
        parts.add(paused(goal, onElapsed, goal.minus(duration)));
      }
      return ClockCondition.any(parts);
    }

    private ClockCondition elapsedPercent(Comparison comparison, BigDecimal percent) {
      List<ClockCondition> parts = new ArrayList<>();
      Set<Duration> goals = new TreeSet<>();
      for (CalendarGoal pair : goalsInUse()) {
        add(
            parts,
            running(
                pair.calendar(), pair.goal(), comparison, share(pair.goal(), percent, comparison)));
        goals.add(pair.goal());
      }
      for (Duration goal : goals) {
        parts.add(paused(goal, comparison, share(goal, percent, comparison)));
      }
      return ClockCondition.any(parts);
    }

    /**
     * {@code percent} of {@code goal}, to the millisecond (elapsed times are whole milliseconds):
     * rounded up where "at least" or "less than" is asked, down otherwise, so that the comparison
     * of whole milliseconds is the exact one.
     */
    private static Duration share(Duration goal, BigDecimal percent, Comparison comparison) {
      RoundingMode mode =
          comparison == Comparison.AT_LEAST || comparison == Comparison.LESS
              ? RoundingMode.CEILING
              : RoundingMode.FLOOR;
      BigDecimal millis =
          BigDecimal.valueOf(goal.toMillis())
              .multiply(percent)
              .divide(BigDecimal.valueOf(100), 0, mode);
      return Duration.ofMillis(millis.longValueExact());
    }

    private static ClockCondition paused(Duration goal, Comparison comparison, Duration elapsed) {
      return all(
          state(ClockState.PAUSED),
          compare(ClockColumn.GOAL, Op.EQ, goal),
          compare(ClockColumn.ELAPSED, op(comparison), elapsed));
    }

    /**
     * Running clocks of {@code calendar} (and {@code goal}, unless null) whose elapsed time at now
     * compares with {@code threshold}: elapsed(now) = counted(zeroAt, now), which only shrinks as
     * zeroAt moves later, so each comparison is one bound on ZERO_AT.
     */
    private ClockCondition running(
        String calendar, Duration goal, Comparison comparison, Duration threshold) {
      CountedTime time = counted(calendar);
      if (time == null) {
        return ClockCondition.none();
      }
      ClockCondition range = zeroAtRange(time, comparison, threshold);
      if (range.isNone()) {
        return range;
      }
      return all(
          state(ClockState.RUNNING),
          compare(ClockColumn.CALENDAR, Op.EQ, calendar),
          goal == null ? null : compare(ClockColumn.GOAL, Op.EQ, goal),
          range);
    }

    private ClockCondition zeroAtRange(CountedTime time, Comparison comparison, Duration y) {
      ClockCondition always = all();
      return switch (comparison) {
        case AT_LEAST -> {
          if (y.isNegative() || y.isZero()) {
            yield always;
          }
          yield atOrBefore(time.latestStart(now, y));
        }
        case MORE -> y.isNegative() ? always : atOrBefore(time.latestStartBeyond(now, y));
        case AT_MOST -> {
          if (y.isNegative()) {
            yield ClockCondition.none();
          }
          yield after(time.latestStartBeyond(now, y), always);
        }
        case LESS -> {
          if (y.isNegative() || y.isZero()) {
            yield ClockCondition.none();
          }
          yield after(time.latestStart(now, y), always);
        }
      };
    }

    private static ClockCondition atOrBefore(Instant bound) {
      return bound == null ? ClockCondition.none() : compare(ClockColumn.ZERO_AT, Op.LE, bound);
    }

    private static ClockCondition after(Instant bound, ClockCondition whenNone) {
      return bound == null ? whenNone : compare(ClockColumn.ZERO_AT, Op.GT, bound);
    }

    private static Op op(Comparison comparison) {
      return switch (comparison) {
        case LESS -> Op.LT;
        case AT_MOST -> Op.LE;
        case MORE -> Op.GT;
        case AT_LEAST -> Op.GE;
      };
    }

    private static void add(List<ClockCondition> parts, ClockCondition part) {
      if (!part.isNone()) {
        parts.add(part);
      }
    }

    private Set<CalendarGoal> goalsInUse() {
      Set<CalendarGoal> goals = new java.util.LinkedHashSet<>();
      List<CalendarGoal> sorted = new ArrayList<>(openGoals.get());
      sorted.sort(
          java.util.Comparator.comparing(CalendarGoal::calendar).thenComparing(CalendarGoal::goal));
      for (CalendarGoal pair : sorted) {
        if (question.calendar() == null || question.calendar().equals(pair.calendar())) {
          goals.add(pair);
        }
      }
      return goals;
    }

    private Set<String> calendarsInUse() {
      Set<String> names = new TreeSet<>();
      for (CalendarGoal pair : goalsInUse()) {
        names.add(pair.calendar());
      }
      return names;
    }

    /** Counted time of a calendar for every issue; null when the configuration lacks it. */
    private CountedTime counted(String calendar) {
      try {
        return new CountedTime(calendars.calendar(calendar), exclusions.everyIssue());
      } catch (IllegalArgumentException unknown) {
        return null;
      }
    }
  }
}
