package org.slaclocks.query;

import java.util.function.Function;
import org.slaclocks.tracking.StoredClock;

/**
 * The columns of a {@link StoredClock} that conditions may name, with their values. Instants and
 * durations are compared as such here; a database keeps them as epoch milliseconds and milliseconds
 * (the precision of Jira's history).
 */
public enum ClockColumn {
  ISSUE_ID(StoredClock::issueId),
  POLICY_ID(StoredClock::policyId),
  METRIC_ID(StoredClock::metricId),
  STATE(StoredClock::state),
  CALENDAR(StoredClock::calendar),
  GOAL(StoredClock::goal),
  ELAPSED(StoredClock::elapsed),
  ZERO_AT(StoredClock::zeroAt),
  BREACH_AT(StoredClock::breachAt),
  AT_RISK_AT(StoredClock::atRiskAt),
  FIRST_BREACH_AT(StoredClock::firstBreachAt),
  COMPLETED_CYCLES(StoredClock::completedCycles);

  private final Function<StoredClock, Object> value;

  ClockColumn(Function<StoredClock, Object> value) {
    this.value = value;
  }

  /** The clock's value of this column; null where the clock has none. */
  public Object valueOf(StoredClock clock) {
    return value.apply(clock);
  }
}
