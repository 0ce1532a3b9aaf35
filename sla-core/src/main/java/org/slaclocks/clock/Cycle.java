package org.slaclocks.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One run of a metric from a start to a stop, as of a given "now".
 *
 * <p>{@code elapsed} is working time counted up to the stop (or now); {@code remaining} is the goal
 * minus elapsed and is negative once over. {@code breachAt} is the instant elapsed reached the goal
 * if that happened before the stop (or before now); {@code deadline} is set only for a running
 * cycle: the instant it will breach (or did) if nothing changes. {@code atRiskAt} is the same as
 * {@code breachAt} for the internal target.
 */
public record Cycle(
    int index,
    Instant start,
    Instant stop,
    Goal goal,
    ClockState state,
    Duration elapsed,
    Duration remaining,
    Instant deadline,
    Instant breachAt,
    Instant atRiskAt,
    List<Pause> pauses,
    List<ClockEvent> timeline) {

  public Cycle {
    pauses = List.copyOf(pauses);
    timeline = List.copyOf(timeline);
  }

  public boolean isOpen() {
    return stop == null;
  }

  public boolean isBreached() {
    return breachAt != null;
  }

  public boolean isAtRisk() {
    return atRiskAt != null;
  }
}
