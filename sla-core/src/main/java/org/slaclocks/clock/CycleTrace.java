package org.slaclocks.clock;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the history walk found for one cycle, before any arithmetic: when it started and stopped
 * (with causes), when pause conditions held, and when its goal was chosen or re-chosen.
 *
 * <p>Invariants: {@code goals} is not empty and sorted by instant, none before {@code start}; the
 * first goal may come after {@code start} (a cycle that was pending until a goal row matched); a
 * stopped cycle's pauses end by {@code stop}.
 */
public record CycleTrace(
    Instant start,
    String startCause,
    Instant stop,
    String stopCause,
    List<ConditionPause> pauses,
    List<GoalChoice> goals) {

  /** A pause condition held over {@code [start, end)}; {@code end} null while it holds. */
  public record ConditionPause(Instant start, Instant end, String cause) {
    public ConditionPause {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(cause, "cause");
    }
  }

  /** The goal in effect from {@code at}, and why it was chosen ("priority raised to Highest"). */
  public record GoalChoice(Instant at, Goal goal, String cause) {
    public GoalChoice {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(goal, "goal");
      Objects.requireNonNull(cause, "cause");
    }
  }

  public CycleTrace {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(startCause, "startCause");
    pauses = List.copyOf(pauses);
    goals = List.copyOf(goals);
    if (goals.isEmpty()) {
      throw new IllegalArgumentException("a cycle needs a goal");
    }
    if (stop != null && stop.isBefore(start)) {
      throw new IllegalArgumentException("a cycle cannot stop before it starts");
    }
  }
}
