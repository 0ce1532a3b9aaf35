package org.slaclocks.tracking;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slaclocks.clock.ClockState;
import org.slaclocks.clock.Cycle;
import org.slaclocks.clock.SlaClock;

/**
 * The summary of one metric's clock on one issue, as the queries see it (due scans, JQL, reports):
 * the state and instants of the current cycle. {@code cycleIndex} is -1 and {@code elapsed} zero
 * when no cycle has started; {@code deadline} is set only while the current cycle runs; {@code
 * goal} is null when the current cycle has no goal. {@code version} is the issue's stored version.
 */
public record StoredClock(
    long issueId,
    String issueKey,
    String projectKey,
    String policyId,
    String metricId,
    String metricName,
    int cycleIndex,
    ClockState state,
    Instant deadline,
    Instant atRiskAt,
    boolean breached,
    boolean everBreached,
    boolean atRisk,
    boolean withinCalendarHours,
    Duration elapsed,
    Duration goal,
    long configVersion,
    Instant computedAt,
    long version) {

  public StoredClock {
    Objects.requireNonNull(issueKey, "issueKey");
    Objects.requireNonNull(policyId, "policyId");
    Objects.requireNonNull(metricId, "metricId");
    Objects.requireNonNull(metricName, "metricName");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(computedAt, "computedAt");
  }

  /** The summary of {@code clock}, one of {@code issue}'s clocks, stored as {@code version}. */
  public static StoredClock of(IssueClocks issue, SlaClock clock, long version) {
    Cycle current = clock.current();
    return new StoredClock(
        issue.issueId(),
        issue.issueKey(),
        issue.projectKey(),
        clock.policyId(),
        clock.metricId(),
        clock.metricName(),
        current == null ? -1 : current.index(),
        clock.state(),
        clock.deadline(),
        current == null ? null : current.atRiskAt(),
        clock.isBreached(),
        clock.isEverBreached(),
        clock.isAtRisk(),
        clock.withinCalendarHours(),
        current == null || current.elapsed() == null ? Duration.ZERO : current.elapsed(),
        current == null || current.goal() == null ? null : current.goal().target(),
        issue.configVersion(),
        issue.computedAt(),
        version);
  }
}
