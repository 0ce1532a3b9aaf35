package org.slaclocks.clock;

import java.time.Instant;
import java.util.Objects;

/** One step of a cycle's timeline, with the cause a person is shown. */
public record ClockEvent(Instant at, Type type, String cause) {
  /** What happened to the clock. */
  public enum Type {
    START,
    PAUSE,
    RESUME,
    GOAL_CHANGE,
    AT_RISK,
    BREACH,
    STOP
  }

  public ClockEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(cause, "cause");
  }
}
