package org.slaclocks.web.view;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slaclocks.calendar.BusinessCalendar;
import org.slaclocks.clock.ClockEvent;
import org.slaclocks.clock.ClockState;
import org.slaclocks.clock.Cycle;
import org.slaclocks.clock.Goal;
import org.slaclocks.clock.Pause;

/** Builds the panel's {@link CycleView}s: figures, instants and the explained timeline. */
final class Panels {
  /**
   * The spans outside calendar hours listed per cycle (the latest ones); older ones are counted.
   */
  static final int MAX_CLOSED_SPANS = 12;

  /** A cycle running for years still ends its walk over closed spans here. */
  private static final int MAX_WALK = 5_000;

  private Panels() {}

  static PanelView.Labels labels(Texts t) {
    return new PanelView.Labels(
        t.text("panel.title"),
        t.text("panel.state"),
        t.text("panel.goal"),
        t.text("panel.calendar"),
        t.text("panel.elapsed"),
        t.text("panel.remaining"),
        t.text("panel.deadline"),
        t.text("panel.started"),
        t.text("panel.stopped"),
        t.text("panel.timeline"),
        t.text("panel.showPastCycles"),
        t.text("panel.hidePastCycles"),
        t.text("panel.refreshFailed"),
        t.text("panel.firings"));
  }

  static CycleView cycle(Cycle cycle, BusinessCalendar calendar, Instant now, Texts t) {
    Goal goal = cycle.goal();
    long remaining = cycle.remaining().getSeconds();
    ClockState state = cycle.state();
    boolean outside = cycle.isOpen() && state == ClockState.RUNNING && !calendar.isWorkingTime(now);
    String goalText =
        goal.internalTarget() == null
            ? t.duration(goal.target().getSeconds())
            : t.text(
                "panel.goalWithInternal",
                t.duration(goal.target().getSeconds()),
                t.duration(goal.internalTarget().getSeconds()));
    String deadlineText;
    String deadlineCalendar = "";
    if (cycle.deadline() != null) {
      deadlineText = t.instant(cycle.deadline());
      deadlineCalendar = t.calendarLocal(cycle.deadline(), calendar.zone());
    } else if (cycle.breachAt() != null) {
      deadlineText = t.text("panel.breachedAt", t.instant(cycle.breachAt()));
      deadlineCalendar = t.calendarLocal(cycle.breachAt(), calendar.zone());
    } else {
      deadlineText = t.text("value.none");
    }
    Instant end = cycle.stop() != null ? cycle.stop() : now;
    List<TimelineEntryView> timeline = new ArrayList<>();
    Set<String> exclusions = new HashSet<>();
    for (Pause pause : cycle.pauses()) {
      if (pause.kind() == Pause.Kind.EXCLUSION) {
        exclusions.add(pause.startInclusive() + "|" + pause.cause());
        exclusions.add(pause.cause());
      }
    }
    List<Instant[]> closed = new ArrayList<>();
    int hidden = closedSpans(calendar, cycle.start(), end, closed);
    int e = 0;
    List<ClockEvent> events = cycle.timeline();
    // Merge the events and the closed spans by instant; an event first when both are at one
    // instant.
    int c = 0;
    while (e < events.size() || c < closed.size()) {
      boolean takeEvent =
          c >= closed.size()
              || (e < events.size() && !events.get(e).at().isAfter(closed.get(c)[0]));
      if (takeEvent) {
        ClockEvent event = events.get(e++);
        timeline.add(event(event, exclusions, calendar, t));
      } else {
        Instant[] span = closed.get(c++);
        timeline.add(closedSpan(span[0], span[1], end, calendar, t));
      }
    }
    String hiddenText = hidden > 0 ? t.text("timeline.hiddenSpans", hidden) : "";
    return new CycleView(
        cycle.index(),
        t.text("panel.cycle", cycle.index()),
        state.name(),
        outside ? t.text("state.RUNNING.outside") : t.text("state." + state.name()),
        Countdowns.severity(state, remaining, Countdowns.warningAt(cycle)),
        goalText,
        t.cause(goal.label()),
        goal.calendar(),
        t.duration(cycle.elapsed().getSeconds()),
        t.duration(remaining),
        deadlineText,
        deadlineCalendar,
        t.instant(cycle.start()),
        t.calendarLocal(cycle.start(), calendar.zone()),
        cycle.stop() == null ? "" : t.instant(cycle.stop()),
        cycle.stop() == null ? "" : t.calendarLocal(cycle.stop(), calendar.zone()),
        timeline,
        hiddenText);
  }

  private static TimelineEntryView event(
      ClockEvent event, Set<String> exclusions, BusinessCalendar calendar, Texts t) {
    String kind;
    String text;
    switch (event.type()) {
      case START -> {
        kind = "start";
        text = t.text("timeline.START", t.cause(event.cause()));
      }
      case PAUSE -> {
        kind = "pause";
        text =
            exclusions.contains(event.at() + "|" + event.cause())
                ? t.text("timeline.PAUSE.exclusion", Countdowns.exclusionReason(event.cause()))
                : t.text("timeline.PAUSE", t.cause(event.cause()));
      }
      case RESUME -> {
        kind = "resume";
        text =
            exclusions.contains(event.cause())
                ? t.text("timeline.RESUME.exclusion", Countdowns.exclusionReason(event.cause()))
                : t.text("timeline.RESUME", t.cause(event.cause()));
      }
      case GOAL_CHANGE -> {
        kind = "goal-change";
        text = t.text("timeline.GOAL_CHANGE", t.cause(event.cause()));
      }
      case AT_RISK -> {
        kind = "at-risk";
        text = t.text("timeline.AT_RISK");
      }
      case BREACH -> {
        kind = "breach";
        text = t.text("timeline.BREACH");
      }
      default -> {
        kind = "stop";
        text = t.text("timeline.STOP", t.cause(event.cause()));
      }
    }
    return new TimelineEntryView(
        kind,
        text,
        t.instant(event.at()),
        t.calendarLocal(event.at(), calendar.zone()),
        event.at().toString());
  }

  private static TimelineEntryView closedSpan(
      Instant from, Instant to, Instant end, BusinessCalendar calendar, Texts t) {
    String text =
        to.equals(end) && !calendar.isWorkingTime(end)
            ? t.text("timeline.NOT_COUNTED.open", t.dayTime(from))
            : t.text("timeline.NOT_COUNTED", t.dayTime(from), t.dayTime(to));
    return new TimelineEntryView(
        "not-counted",
        text,
        t.instant(from),
        t.calendarLocal(from, calendar.zone()),
        from.toString());
  }

  /**
   * Collects the spans in {@code [from, to)} when the calendar is closed, keeping the latest {@link
   * #MAX_CLOSED_SPANS}; returns how many earlier ones were left out.
   */
  static int closedSpans(BusinessCalendar calendar, Instant from, Instant to, List<Instant[]> out) {
    Deque<Instant[]> kept = new ArrayDeque<>();
    int hidden = 0;
    Instant at = from;
    for (int step = 0; step < MAX_WALK && at.isBefore(to); step++) {
      if (calendar.isWorkingTime(at)) {
        at = calendar.workingIntervalEnd(at);
        continue;
      }
      Instant opens = calendar.nextWorkingInstant(at);
      Instant spanEnd = opens.isBefore(to) ? opens : to;
      kept.addLast(new Instant[] {at, spanEnd});
      if (kept.size() > MAX_CLOSED_SPANS) {
        kept.removeFirst();
        hidden++;
      }
      at = opens;
    }
    out.addAll(kept);
    out.sort(Comparator.comparing(span -> span[0]));
    return hidden;
  }
}
