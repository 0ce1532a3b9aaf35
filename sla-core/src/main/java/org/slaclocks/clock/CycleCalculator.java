package org.slaclocks.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slaclocks.calendar.BusinessCalendar;

/**
 * Turns a {@link CycleTrace} and the exclusion windows into the cycle's {@link CycleFacts}.
 *
 * <p>The counted spans are the cycle's open span minus condition pauses and exclusion windows (each
 * removed once where they overlap), split where the goal changes; each piece is counted in the
 * calendar of the goal in effect ({@link CycleProgress}). The breach instant is where the running
 * total first reaches the goal: inside a piece by {@link
 * org.slaclocks.calendar.BusinessCalendar#deadline}, or at a goal change that lowers the goal to or
 * below what is already counted. An open cycle's last piece runs to infinity, so its breach instant
 * is also its deadline "if nothing changes": nothing computed here depends on the time of the
 * computation.
 */
public final class CycleCalculator {
  private CycleCalculator() {}

  /** The cycle as of {@code now}: {@code facts(...).at(now, calendars)}. */
  public static Cycle calculate(
      int index,
      CycleTrace trace,
      List<ExclusionWindow> exclusions,
      Calendars calendars,
      Instant now) {
    return facts(index, trace, exclusions, calendars).at(now, calendars);
  }

  /**
   * The facts of a cycle. Exclusions may be in the future: an open cycle's deadline skips those
   * already known.
   */
  public static CycleFacts facts(
      int index, CycleTrace trace, List<ExclusionWindow> exclusions, Calendars calendars) {
    return facts(index, trace, exclusions, progress(trace, exclusions, calendars));
  }

  /** The facts of a cycle whose {@link #progress} is already known. */
  public static CycleFacts facts(
      int index, CycleTrace trace, List<ExclusionWindow> exclusions, CycleProgress progress) {
    Instant end = trace.stop(); // null: open
    Goal goal = trace.goals().get(trace.goals().size() - 1).goal();
    Instant elapsedAt = end != null ? end : lastChange(trace);
    return new CycleFacts(
        index,
        trace.start(),
        end,
        goal,
        progress.elapsedBefore(elapsedAt),
        elapsedAt,
        progress.reached(Goal::target),
        progress.reached(Goal::internalTarget),
        pauses(trace, exclusions),
        events(trace));
  }

  /**
   * How the cycle's elapsed time grows: where it reaches its goal, its internal target, or any
   * other threshold of the goal (a reminder, an escalation).
   */
  public static CycleProgress progress(
      CycleTrace trace, List<ExclusionWindow> exclusions, Calendars calendars) {
    Instant end = trace.stop(); // null: open
    List<Span> gaps = notCounting(trace, exclusions, end);
    List<Span> counted = complement(trace.start(), end, gaps);
    Walk walk = new Walk(trace.goals(), calendars);
    for (Span span : counted) {
      walk.count(span);
    }
    walk.finishGoalChanges();
    return new CycleProgress(trace.start(), end, walk.steps);
  }

  /** The last instant of an open cycle at which the history changed how it counts. */
  private static Instant lastChange(CycleTrace trace) {
    Instant last = trace.start();
    for (CycleTrace.GoalChoice choice : trace.goals()) {
      last = later(last, choice.at());
    }
    for (CycleTrace.ConditionPause pause : trace.pauses()) {
      last = later(last, pause.start());
      if (pause.end() != null) {
        last = later(last, pause.end());
      }
    }
    return last;
  }

  private static Instant later(Instant a, Instant b) {
    return b.isAfter(a) ? b : a;
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

  /** Condition pauses as traced, then exclusion windows that overlap the cycle, cut to it. */
  private static List<Pause> pauses(CycleTrace trace, List<ExclusionWindow> exclusions) {
    List<Pause> pauses = new ArrayList<>();
    for (CycleTrace.ConditionPause p : trace.pauses()) {
      pauses.add(new Pause(Pause.Kind.CONDITION, p.start(), p.end(), p.cause()));
    }
    for (ExclusionWindow w : exclusions) {
      Instant from =
          w.startInclusive().isBefore(trace.start()) ? trace.start() : w.startInclusive();
      if ((trace.stop() == null || from.isBefore(trace.stop()))
          && w.endExclusive().isAfter(trace.start())) {
        Instant to =
            trace.stop() != null && w.endExclusive().isAfter(trace.stop())
                ? trace.stop()
                : w.endExclusive();
        pauses.add(new Pause(Pause.Kind.EXCLUSION, from, to, "exclusion: " + w.reason()));
      }
    }
    return pauses;
  }

  /** The start, the goal changes and the stop: the events the history itself gives. */
  private static List<ClockEvent> events(CycleTrace trace) {
    List<ClockEvent> events = new ArrayList<>();
    events.add(new ClockEvent(trace.start(), ClockEvent.Type.START, trace.startCause()));
    boolean first = true;
    for (CycleTrace.GoalChoice choice : trace.goals()) {
      if (!first || choice.at().isAfter(trace.start())) {
        events.add(new ClockEvent(choice.at(), ClockEvent.Type.GOAL_CHANGE, choice.cause()));
      }
      first = false;
    }
    if (trace.stop() != null) {
      events.add(new ClockEvent(trace.stop(), ClockEvent.Type.STOP, trace.stopCause()));
    }
    return events;
  }

  private record Span(Instant start, Instant end) {}

  /** Cuts the counted spans into pieces where the goal changes, each in the goal's calendar. */
  private static final class Walk {
    private final List<CycleTrace.GoalChoice> goals;
    private final Calendars calendars;
    private final List<CycleProgress.Step> steps = new ArrayList<>();
    private int nextGoal;
    private BusinessCalendar calendar;

    Walk(List<CycleTrace.GoalChoice> goals, Calendars calendars) {
      this.goals = goals;
      this.calendars = calendars;
      // a pending cycle counts in its first calendar
      this.calendar = calendars.calendar(goals.get(0).goal().calendar());
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
      calendar = calendars.calendar(choice.goal().calendar());
      steps.add(new CycleProgress.Step(choice, choice.at(), choice.at(), calendar, null));
    }

    private void piece(Instant from, Instant to) {
      Duration worked = to == null ? null : calendar.workingTime(from, to);
      steps.add(new CycleProgress.Step(null, from, to, calendar, worked));
    }
  }
}
