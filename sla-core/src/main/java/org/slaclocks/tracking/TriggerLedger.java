package org.slaclocks.tracking;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Which reminders and escalations fired, so that each fires once per clock, cycle and trigger
 * across the cluster. A repeating trigger names each repetition in its id ({@code "after-2h#3"}).
 */
public interface TriggerLedger {

  /** A trigger of metric {@code metricId} that fired for cycle {@code cycleIndex} of an issue. */
  record Firing(
      long issueId,
      String metricId,
      int cycleIndex,
      String triggerId,
      Instant firedAt,
      String outcome) {
    public Firing {
      Objects.requireNonNull(metricId, "metricId");
      Objects.requireNonNull(triggerId, "triggerId");
      Objects.requireNonNull(firedAt, "firedAt");
      Objects.requireNonNull(outcome, "outcome");
      if (cycleIndex < 0) {
        throw new IllegalArgumentException("cycleIndex must be >= 0, was " + cycleIndex);
      }
    }
  }

  /**
   * Records the firing unless this (issue, metric, cycle, trigger) is already recorded.
   *
   * @return true when this call recorded it: the caller performs the trigger's actions
   */
  boolean recordFirst(Firing firing);

  /** What fired for an issue, oldest first. */
  List<Firing> firings(long issueId);
}
