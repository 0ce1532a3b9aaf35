package org.slaclocks.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.slaclocks.calendar.BusinessCalendar;

/**
 * How a cycle's elapsed time grew: its counted pieces (each in the calendar of the goal in effect,
 * split where the goal changes and where a pause or an exclusion window stops the count) and its
 * goal changes, in order. It answers one question, for any threshold that depends on the goal in
 * effect: the first instant at which elapsed reached it. The breach is the threshold "the goal's
 * target", the internal target another; a reminder one hour before the breach is "the target minus
 * one hour". All of them go through {@link #reached}, so they agree instant for instant.
 *
 * <p>Invariants: steps are in time order; a stopped cycle's last piece ends at its stop; an open
 * cycle that counts ends with a piece that never ends, one held by a pause condition ends with the
 * piece before that pause (it counts nothing more until something changes).
 */
public final class CycleProgress {
  /** A goal change ({@code choice} set) or a counted piece ({@code worked} null when endless). */
  record Step(
      CycleTrace.GoalChoice choice,
      Instant from,
      Instant to,
      BusinessCalendar calendar,
      Duration worked) {}

  private final Instant start;
  private final Instant stop;
  private final List<Step> steps;

  CycleProgress(Instant start, Instant stop, List<Step> steps) {
    this.start = Objects.requireNonNull(start, "start");
    this.stop = stop;
    this.steps = List.copyOf(steps);
  }

  public Instant start() {
    return start;
  }

  /** The stop; null while the cycle is open. */
  public Instant stop() {
    return stop;
  }

  /**
   * The first instant at which the elapsed time reached {@code threshold.apply(goal)} for the goal
   * in effect: inside a counted piece by the calendar's deadline, or at a goal change that brings
   * the threshold to or below what is already counted. Null when it was not reached strictly before
   * the stop (a stopped cycle), is not reached while a pause condition holds, or the function gives
   * null for every goal in effect. A threshold of zero is reached at the first counted instant
   * after the goal is known.
   */
  public Instant reached(Function<Goal, Duration> threshold) {
    Duration elapsed = Duration.ZERO;
    Duration target = null; // null until a goal is chosen, or when the goal gives no threshold
    for (Step step : steps) {
      if (step.choice() != null) {
        target = threshold.apply(step.choice().goal());
        if (target != null && elapsed.compareTo(target) >= 0) {
          return beforeStop(step.choice().at());
        }
        continue;
      }
      if (target != null) {
        Duration left = target.minus(elapsed);
        if (left.isNegative() || left.isZero()) {
          return beforeStop(step.from());
        }
        // a piece with less working time than is left cannot reach it: no deadline to compute
        if (step.worked() == null || step.worked().compareTo(left) >= 0) {
          Instant at = step.calendar().deadline(step.from(), left);
          if (step.to() == null || !at.isAfter(step.to())) {
            return beforeStop(at);
          }
        }
      }
      if (step.worked() != null) {
        elapsed = elapsed.plus(step.worked());
      }
    }
    return null;
  }

  /** Elapsed working time in {@code [start, until)}. */
  public Duration elapsedBefore(Instant until) {
    Duration total = Duration.ZERO;
    for (Step step : steps) {
      if (step.choice() != null) {
        continue;
      }
      if (!step.from().isBefore(until)) {
        break;
      }
      if (step.to() != null && !step.to().isAfter(until)) {
        total = total.plus(step.worked());
      } else {
        total = total.plus(step.calendar().workingTime(step.from(), until));
      }
    }
    return total;
  }

  /** A stopped cycle reached something only strictly before its stop (a stop at it is in time). */
  private Instant beforeStop(Instant at) {
    return stop == null || at.isBefore(stop) ? at : null;
  }
}
