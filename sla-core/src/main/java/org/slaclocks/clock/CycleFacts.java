package org.slaclocks.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One cycle as facts that do not change while time passes: what the clock engine found in the
 * history, with every instant it will need, past or future. This is what is stored; {@link #at}
 * derives the {@link Cycle} a person is shown at any {@code now} from the last change on, and it
 * equals what the engine computes at that {@code now} (the engine itself goes through {@code at}).
 *
 * <ul>
 *   <li>{@code elapsed} is the working time counted in {@code [start, elapsedAt)}. A stopped cycle
 *       has {@code elapsedAt == stop}. For an open one {@code elapsedAt} is its last change (start,
 *       goal change, pause or resume): after it, the cycle counts in its goal's calendar minus its
 *       exclusion windows, unless a pause condition holds.
 *   <li>{@code breachAt} is where elapsed reaches the goal: for an open cycle that counts, its
 *       deadline (future or past); for a paused one, only if reached before the pause; for a
 *       stopped one, only if strictly before the stop (a stop at the breach instant is in time).
 *       {@code atRiskAt} is the same for the internal target.
 *   <li>{@code pauses}: the pause conditions (open while they hold), then the exclusion windows
 *       that overlap the cycle, future ones included, cut to the cycle.
 *   <li>{@code events}: the start, the goal changes and the stop, with their causes; pauses,
 *       resumes, the internal target and the breach are added by {@link #at} as they are reached.
 * </ul>
 */
public record CycleFacts(
    int index,
    Instant start,
    Instant stop,
    Goal goal,
    Duration elapsed,
    Instant elapsedAt,
    Instant breachAt,
    Instant atRiskAt,
    List<Pause> pauses,
    List<ClockEvent> events) {

  public CycleFacts {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(elapsedAt, "elapsedAt");
    pauses = List.copyOf(pauses);
    events = List.copyOf(events);
    if (index < 1) {
      throw new IllegalArgumentException("index must be 1 or more, was " + index);
    }
    if (stop != null && stop.isBefore(start)) {
      throw new IllegalArgumentException("a cycle cannot stop before it starts: " + start);
    }
    if (elapsed.isNegative()) {
      throw new IllegalArgumentException("elapsed must not be negative, was " + elapsed);
    }
    if (stop != null && !elapsedAt.equals(stop)) {
      throw new IllegalArgumentException("a stopped cycle's elapsedAt must be its stop " + stop);
    }
  }

  public boolean isOpen() {
    return stop == null;
  }

  /** An open cycle held by a pause condition since its last change (it counts nothing). */
  public boolean isPausedByCondition() {
    if (stop != null) {
      return false;
    }
    for (Pause pause : pauses) {
      if (pause.kind() == Pause.Kind.CONDITION && pause.endExclusive() == null) {
        return true;
      }
    }
    return false;
  }

  /** The exclusion windows of this cycle, cut to it. */
  public List<ExclusionWindow> exclusionWindows() {
    List<ExclusionWindow> windows = new ArrayList<>();
    for (Pause pause : pauses) {
      if (pause.kind() == Pause.Kind.EXCLUSION
          && pause.endExclusive() != null
          && pause.endExclusive().isAfter(pause.startInclusive())) {
        windows.add(
            new ExclusionWindow(pause.startInclusive(), pause.endExclusive(), pause.cause()));
      }
    }
    return windows;
  }

  /** What this cycle counts from its last change on: its calendar minus its exclusion windows. */
  public CountedTime countedTime(Calendars calendars) {
    return new CountedTime(calendars.calendar(goal.calendar()), exclusionWindows());
  }

  /**
   * For an open cycle that counts: the instant from which the counted time of its calendar, minus
   * its exclusion windows, equals its elapsed time at every instant after {@code elapsedAt}. So
   * "elapsed at {@code now} is at least X" is "zeroAt is at or before the latest start that holds X
   * by {@code now}", a range on one stored instant. Null for paused and stopped cycles, whose
   * elapsed time does not grow.
   */
  public Instant zeroAt(Calendars calendars) {
    if (stop != null || isPausedByCondition()) {
      return null;
    }
    return countedTime(calendars).latestStart(elapsedAt, elapsed);
  }

  /** The cycle as a person is shown it at {@code now}, which is not before its last change. */
  public Cycle at(Instant now, Calendars calendars) {
    Instant until = stop != null ? stop : now;
    Instant breached = before(breachAt, until);
    Instant atRisk = before(atRiskAt, until);
    Duration elapsedNow = elapsed;
    ClockState state;
    if (stop != null) {
      state = breached != null ? ClockState.BREACHED : ClockState.MET;
    } else {
      boolean paused = false;
      for (Pause pause : pauses) {
        if (!pause.startInclusive().isAfter(now)
            && (pause.endExclusive() == null || pause.endExclusive().isAfter(now))) {
          paused = true;
          break;
        }
      }
      state = paused ? ClockState.PAUSED : ClockState.RUNNING;
      if (!isPausedByCondition()) {
        elapsedNow = elapsed.plus(countedTime(calendars).between(elapsedAt, now));
      }
    }
    Instant deadline = state == ClockState.RUNNING ? breachAt : null;
    List<Pause> shown = pausesUntil(until);
    return new Cycle(
        index,
        start,
        stop,
        goal,
        state,
        elapsedNow,
        goal.target().minus(elapsedNow),
        deadline,
        breached,
        atRisk,
        shown,
        timeline(shown, breached, atRisk));
  }

  /** An instant "happened" when strictly before {@code until} (the stop, or now). */
  private static Instant before(Instant instant, Instant until) {
    return instant != null && instant.isBefore(until) ? instant : null;
  }

  private List<Pause> pausesUntil(Instant until) {
    List<Pause> shown = new ArrayList<>();
    for (Pause p : pauses) {
      if (p.kind() == Pause.Kind.CONDITION) {
        if (p.startInclusive().isBefore(until) || p.startInclusive().equals(start)) {
          Instant end =
              p.endExclusive() != null && !p.endExclusive().isAfter(until)
                  ? p.endExclusive()
                  : null;
          shown.add(new Pause(p.kind(), p.startInclusive(), end == null ? stop : end, p.cause()));
        }
      } else if (p.startInclusive().isBefore(until)) {
        Instant end =
            p.endExclusive() == null || p.endExclusive().isAfter(until) ? null : p.endExclusive();
        shown.add(new Pause(p.kind(), p.startInclusive(), end == null ? stop : end, p.cause()));
      }
    }
    shown.sort(Comparator.comparing(Pause::startInclusive));
    return shown;
  }

  private List<ClockEvent> timeline(List<Pause> shown, Instant breached, Instant atRisk) {
    List<ClockEvent> timeline = new ArrayList<>();
    ClockEvent stopEvent = null;
    for (ClockEvent event : events) {
      if (event.type() == ClockEvent.Type.STOP) {
        stopEvent = event;
      } else {
        timeline.add(event);
      }
    }
    for (Pause pause : shown) {
      timeline.add(new ClockEvent(pause.startInclusive(), ClockEvent.Type.PAUSE, pause.cause()));
      if (pause.endExclusive() != null && (stop == null || pause.endExclusive().isBefore(stop))) {
        timeline.add(new ClockEvent(pause.endExclusive(), ClockEvent.Type.RESUME, pause.cause()));
      }
    }
    if (atRisk != null) {
      timeline.add(new ClockEvent(atRisk, ClockEvent.Type.AT_RISK, "internal target reached"));
    }
    if (breached != null) {
      timeline.add(new ClockEvent(breached, ClockEvent.Type.BREACH, "goal reached"));
    }
    if (stopEvent != null) {
      timeline.add(stopEvent);
    }
    timeline.sort(Comparator.comparing(ClockEvent::at)); // stable: same-instant order as added
    return timeline;
  }
}
