package org.slaclocks.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slaclocks.calendar.BusinessCalendar;

/**
 * Turns a {@link CycleTrace} and the exclusion windows into a {@link Cycle} as of {@code now}.
 *
 * <p>The counted spans are the cycle's open span minus condition pauses and exclusion windows (each
 * removed once where they overlap), split where the goal changes; each piece is counted in the
 * calendar of the goal in effect. The breach instant is where the running total first reaches the
 * goal: inside a piece by {@link BusinessCalendar#deadline}, or at a goal change that lowers the
 * goal to or below what is already counted. An open cycle's last piece runs to infinity, so its
 * breach instant is also its deadline "if nothing changes", and it does not depend on {@code now}.
 */
public final class CycleCalculator {
  private CycleCalculator() {}

  /**
   * The cycle as of {@code now}; the trace must hold nothing after {@code now}. Exclusions may be
   * in the future: a running cycle's deadline skips those already known.
   */
  public static Cycle calculate(
      int index, CycleTrace trace, List<ExclusionWindow> exclusions, Instant now) {
    Instant end = trace.stop(); // null: open
    List<Span> gaps = notCounting(trace, exclusions, end);
    List<Span> counted = complement(trace.start(), end, gaps);

    Walk walk = new Walk(trace.goals());
    for (Span span : counted) {
      walk.count(span);
    }
    walk.finishGoalChanges();
    Goal goal = trace.goals().get(trace.goals().size() - 1).goal();

    Instant until = end != null ? end : now;
    Duration elapsed = walk.elapsedBefore(until);
    boolean pausedNow = end == null && covers(gaps, now);
    Instant breachAt = happenedBefore(walk.breachAt, until);
    Instant atRiskAt = happenedBefore(walk.atRiskAt, until);
    ClockState state;
    if (end != null) {
      state = breachAt != null ? ClockState.BREACHED : ClockState.MET;
    } else {
      state = pausedNow ? ClockState.PAUSED : ClockState.RUNNING;
    }
    Instant deadline = state == ClockState.RUNNING ? walk.breachAt : null;
    List<Pause> pauses = pauses(trace, exclusions, until);
    List<ClockEvent> timeline = timeline(trace, pauses, breachAt, atRiskAt, until);
    return new Cycle(
        index,
        trace.start(),
        end,
        goal,
        state,
        elapsed,
        goal.target().minus(elapsed),
        deadline,
        breachAt,
        atRiskAt,
        pauses,
        timeline);
  }

  /**
   * A breach "happened" for a stopped cycle when it was strictly before the stop (a stop exactly at
   * the breach instant is in time), for an open one when it is strictly before now.
   */
  private static Instant happenedBefore(Instant instant, Instant until) {
    if (instant == null) {
      return null;
    }
    return instant.isBefore(until) ? instant : null;
  }

  /** Spans in which the cycle does not count: condition pauses and exclusions, merged. */
  private static List<Span> notCounting(
      CycleTrace trace, List<ExclusionWindow> exclusions, Instant end) {
    List<Span> gaps = new ArrayList<>();
    for (CycleTrace.ConditionPause pause : trace.pauses()) {
      gaps.add(new Span(pause.start(), pause.end()));
    }
    for (ExclusionWindow window : exclusions) {
      if ((end == null || window.startInclusive().isBefore(end))
          && window.endExclusive().isAfter(trace.start())) {
        gaps.add(new Span(window.startInclusive(), window.endExclusive()));
      }
    }
    gaps.sort(Comparator.comparing(Span::start));
    List<Span> merged = new ArrayList<>();
    for (Span gap : gaps) {
      Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && (last.end() == null || !gap.start().isAfter(last.end()))) {
        Instant newEnd =
            last.end() == null || gap.end() == null
                ? null
                : (gap.end().isAfter(last.end()) ? gap.end() : last.end());
        merged.set(merged.size() - 1, new Span(last.start(), newEnd));
      } else {
        merged.add(gap);
      }
    }
    return merged;
  }

  /** {@code [start, end)} minus the sorted, disjoint gaps; {@code end} null is infinity. */
  private static List<Span> complement(Instant start, Instant end, List<Span> gaps) {
    List<Span> out = new ArrayList<>();
    Instant cursor = start;
    for (Span gap : gaps) {
      if (cursor == null) {
        break;
      }
      if (end != null && !gap.start().isBefore(end)) {
        break;
      }
      if (gap.start().isAfter(cursor)) {
        out.add(new Span(cursor, gap.start()));
      }
      if (gap.end() == null) {
        cursor = null;
      } else if (gap.end().isAfter(cursor)) {
        cursor = gap.end();
      }
    }
    if (cursor != null && (end == null || cursor.isBefore(end))) {
      out.add(new Span(cursor, end));
    }
    return out;
  }

  private static boolean covers(List<Span> gaps, Instant instant) {
    for (Span gap : gaps) {
      if (!gap.start().isAfter(instant) && (gap.end() == null || gap.end().isAfter(instant))) {
        return true;
      }
    }
    return false;
  }

  private static List<Pause> pauses(
      CycleTrace trace, List<ExclusionWindow> exclusions, Instant until) {
    List<Pause> pauses = new ArrayList<>();
    for (CycleTrace.ConditionPause p : trace.pauses()) {
      if (p.start().isBefore(until) || p.start().equals(trace.start())) {
        Instant pauseEnd = p.end() != null && !p.end().isAfter(until) ? p.end() : null;
        if (trace.stop() != null && pauseEnd == null) {
          pauseEnd = trace.stop();
        }
        pauses.add(new Pause(Pause.Kind.CONDITION, p.start(), pauseEnd, p.cause()));
      }
    }
    for (ExclusionWindow w : exclusions) {
      Instant from =
          w.startInclusive().isBefore(trace.start()) ? trace.start() : w.startInclusive();
      if (from.isBefore(until) && w.endExclusive().isAfter(trace.start())) {
        Instant to = w.endExclusive().isAfter(until) ? null : w.endExclusive();
        if (trace.stop() != null && to == null) {
          to = trace.stop();
        }
        pauses.add(new Pause(Pause.Kind.EXCLUSION, from, to, "exclusion: " + w.reason()));
      }
    }
    pauses.sort(Comparator.comparing(Pause::startInclusive));
    return pauses;
  }

  private static List<ClockEvent> timeline(
      CycleTrace trace, List<Pause> pauses, Instant breachAt, Instant atRiskAt, Instant until) {
    List<ClockEvent> events = new ArrayList<>();
    events.add(new ClockEvent(trace.start(), ClockEvent.Type.START, trace.startCause()));
    boolean first = true;
    for (CycleTrace.GoalChoice choice : trace.goals()) {
      if (!first || choice.at().isAfter(trace.start())) {
        events.add(new ClockEvent(choice.at(), ClockEvent.Type.GOAL_CHANGE, choice.cause()));
      }
      first = false;
    }
    for (Pause pause : pauses) {
      events.add(new ClockEvent(pause.startInclusive(), ClockEvent.Type.PAUSE, pause.cause()));
      if (pause.endExclusive() != null
          && (trace.stop() == null || pause.endExclusive().isBefore(trace.stop()))) {
        events.add(new ClockEvent(pause.endExclusive(), ClockEvent.Type.RESUME, pause.cause()));
      }
    }
    if (atRiskAt != null) {
      events.add(new ClockEvent(atRiskAt, ClockEvent.Type.AT_RISK, "internal target reached"));
    }
    if (breachAt != null) {
      events.add(new ClockEvent(breachAt, ClockEvent.Type.BREACH, "goal reached"));
    }
    if (trace.stop() != null) {
      events.add(new ClockEvent(trace.stop(), ClockEvent.Type.STOP, trace.stopCause()));
    }
    events.sort(Comparator.comparing(ClockEvent::at)); // stable: same-instant order as added
    return events;
  }

  private record Span(Instant start, Instant end) {}

  /** Walks the counted pieces in order, applying goal changes as their instants pass. */
  private static final class Walk {
    private final List<CycleTrace.GoalChoice> goals;
    private final List<Piece> pieces = new ArrayList<>();
    private int nextGoal;
    private Goal goal; // null until the first goal choice
    private BusinessCalendar calendar;
    private Duration elapsed = Duration.ZERO;
    Instant breachAt;
    Instant atRiskAt;

    Walk(List<CycleTrace.GoalChoice> goals) {
      this.goals = goals;
      this.calendar =
          goals.get(0).goal().calendar(); // a pending cycle counts in its first calendar
    }

    void count(Span span) {
      Instant from = span.start();
      while (true) {
        Instant change = nextGoal < goals.size() ? goals.get(nextGoal).at() : null;
        if (change != null && !change.isAfter(from)) {
          applyGoal(goals.get(nextGoal++));
          continue;
        }
        Instant to = span.end();
        if (change != null && (to == null || change.isBefore(to))) {
          piece(from, change);
          from = change;
          continue;
        }
        piece(from, to);
        return;
      }
    }

    void finishGoalChanges() {
      while (nextGoal < goals.size()) {
        applyGoal(goals.get(nextGoal++));
      }
    }

    private void applyGoal(CycleTrace.GoalChoice choice) {
      goal = choice.goal();
      calendar = goal.calendar();
      if (breachAt == null && elapsed.compareTo(goal.target()) >= 0) {
        breachAt = choice.at();
      }
      if (atRiskAt == null
          && goal.internalTarget() != null
          && elapsed.compareTo(goal.internalTarget()) >= 0) {
        atRiskAt = choice.at();
      }
    }

    private void piece(Instant from, Instant to) {
      Duration worked = to == null ? null : calendar.workingTime(from, to);
      pieces.add(new Piece(from, to, calendar, worked));
      if (goal != null) {
        if (breachAt == null) {
          breachAt = reach(from, to, goal.target());
        }
        if (atRiskAt == null && goal.internalTarget() != null) {
          atRiskAt = reach(from, to, goal.internalTarget());
        }
      }
      if (worked != null) {
        elapsed = elapsed.plus(worked);
      }
    }

    /** Where, within {@code [from, to)}, the elapsed total reaches {@code target}; else null. */
    private Instant reach(Instant from, Instant to, Duration target) {
      Duration left = target.minus(elapsed);
      if (left.isNegative() || left.isZero()) {
        return from;
      }
      Instant at = calendar.deadline(from, left);
      return to == null || !at.isAfter(to) ? at : null;
    }

    Duration elapsedBefore(Instant until) {
      Duration total = Duration.ZERO;
      for (Piece piece : pieces) {
        if (!piece.from().isBefore(until)) {
          break;
        }
        if (piece.to() != null && !piece.to().isAfter(until)) {
          total = total.plus(piece.worked());
        } else {
          total = total.plus(piece.calendar().workingTime(piece.from(), until));
        }
      }
      return total;
    }

    /** A counted span in one calendar; {@code worked} is its working time, null when open. */
    private record Piece(Instant from, Instant to, BusinessCalendar calendar, Duration worked) {}
  }
}
