package org.slaclocks.tracking;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slaclocks.clock.Calendars;
import org.slaclocks.clock.ClockFacts;
import org.slaclocks.clock.ClockState;
import org.slaclocks.clock.CycleFacts;

/**
 * The indexed summary of one metric's clock on one issue: instants and facts of its current cycle
 * that stay true while time passes, so that every question about the clock at any {@code now}
 * (breached, at risk, remaining under two hours, ...) is a range on a stored column ({@link
 * org.slaclocks.query.ClockQuestions}). Nothing here changes by the passing of time alone.
 *
 * <ul>
 *   <li>{@code state}: NOT_STARTED (no cycle), RUNNING (open and not held by a pause condition; it
 *       may be outside calendar hours or in an exclusion window at a given now), PAUSED (open and
 *       held by a pause condition), MET or BREACHED (stopped).
 *   <li>{@code cycleIndex} is 0 and {@code calendar}, {@code goal}, {@code elapsedAt} are null when
 *       no cycle has started.
 *   <li>{@code elapsed} is the working time counted by {@code elapsedAt}; {@code zeroAt} is set for
 *       a RUNNING clock only: its elapsed time at any later now is the counted time from {@code
 *       zeroAt} to now ({@link CycleFacts#zeroAt}).
 *   <li>{@code breachAt}: the current cycle's breach instant, past or future (a running cycle's
 *       deadline); breached at now means {@code breachAt < now}. {@code atRiskAt} likewise for the
 *       internal target. {@code firstBreachAt} is the earliest breach of any cycle (ever breached).
 *   <li>{@code completedCycles}: the number of stopped cycles.
 * </ul>
 */
public record StoredClock(
    long issueId,
    String policyId,
    String metricId,
    int cycleIndex,
    ClockState state,
    String calendar,
    Duration goal,
    Duration elapsed,
    Instant elapsedAt,
    Instant zeroAt,
    Instant breachAt,
    Instant atRiskAt,
    Instant firstBreachAt,
    int completedCycles) {

  public StoredClock {
    Objects.requireNonNull(policyId, "policyId");
    Objects.requireNonNull(metricId, "metricId");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(elapsed, "elapsed");
    if (state == ClockState.RUNNING && zeroAt == null) {
      throw new IllegalArgumentException("a running clock needs zeroAt");
    }
  }

  /** The summary of {@code clock}, one of issue {@code issueId}'s clocks. */
  public static StoredClock of(long issueId, ClockFacts clock, Calendars calendars) {
    CycleFacts current = clock.current();
    if (current == null) {
      return new StoredClock(
          issueId,
          clock.policyId(),
          clock.metricId(),
          0,
          ClockState.NOT_STARTED,
          null,
          null,
          Duration.ZERO,
          null,
          null,
          null,
          null,
          null,
          0);
    }
    ClockState state;
    if (!current.isOpen()) {
      state = current.breachAt() != null ? ClockState.BREACHED : ClockState.MET;
    } else {
      state = current.isPausedByCondition() ? ClockState.PAUSED : ClockState.RUNNING;
    }
    Instant firstBreach = null;
    int completed = 0;
    for (CycleFacts cycle : clock.cycles()) {
      if (!cycle.isOpen()) {
        completed++;
      }
      if (cycle.breachAt() != null
          && (firstBreach == null || cycle.breachAt().isBefore(firstBreach))) {
        firstBreach = cycle.breachAt();
      }
    }
    return new StoredClock(
        issueId,
        clock.policyId(),
        clock.metricId(),
        current.index(),
        state,
        current.goal().calendar(),
        current.goal().target(),
        current.elapsed(),
        current.elapsedAt(),
        state == ClockState.RUNNING ? current.zeroAt(calendars) : null,
        current.breachAt(),
        current.atRiskAt(),
        firstBreach,
        completed);
  }
}
