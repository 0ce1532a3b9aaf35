package org.slaclocks.jira.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.slaclocks.clock.ClockFacts;
import org.slaclocks.clock.ClockState;
import org.slaclocks.tracking.StoredClock;
import org.slaclocks.tracking.TriggerSchedule;

/**
 * One {@link AoClock} row as written: the summary's columns, the CYCLES document, the content hash
 * and the triggers (null: none) that tell a store whether the stored row already says the same.
 */
record ClockRow(
    StoredClock summary, String cycles, long contentHash, TriggerSchedule.Triggers triggers) {

  static ClockRow of(StoredClock summary, ClockFacts facts, TriggerSchedule.Triggers triggers) {
    String cycles = CyclesJson.write(facts);
    return new ClockRow(
        summary,
        cycles,
        ContentHash.of(summary.policyId(), summary.metricId(), millis(summary.zeroAt()), cycles),
        triggers == null
            ? null
            : triggers(triggers.arming(), millis(triggers.from()), millis(triggers.next())));
  }

  /** The row's values for a bulk insert; nulls are left out (AO inserts them as null anyway). */
  Map<String, Object> values(long version) {
    StoredClock s = summary;
    Map<String, Object> row = new HashMap<>(32);
    row.put("ISSUE_ID", s.issueId());
    row.put("POLICY_ID", s.policyId());
    row.put("POLICY_HASH", PolicyHash.of(s.policyId()));
    row.put("METRIC_ID", s.metricId());
    row.put("CYCLE_INDEX", s.cycleIndex());
    row.put("STATE", s.state().name());
    putIfNotNull(row, "CALENDAR", s.calendar());
    putIfNotNull(row, "GOAL_MS", s.goal() == null ? null : s.goal().toMillis());
    row.put("ELAPSED_MS", s.elapsed().toMillis());
    putIfNotNull(row, "ELAPSED_AT", millis(s.elapsedAt()));
    putIfNotNull(row, "ZERO_AT", millis(s.zeroAt()));
    putIfNotNull(row, "BREACH_AT", millis(s.breachAt()));
    putIfNotNull(row, "AT_RISK_AT", millis(s.atRiskAt()));
    putIfNotNull(row, "FIRST_BREACH_AT", millis(s.firstBreachAt()));
    row.put("COMPLETED_CYCLES", s.completedCycles());
    row.put("VERSION", version);
    row.put("CONTENT_HASH", contentHash);
    row.put("CYCLES", cycles);
    if (triggers != null) {
      row.put("TRIGGER_ARMING", triggers.arming());
      row.put("TRIGGERS_FROM", triggers.from().toEpochMilli());
      putIfNotNull(row, "NEXT_TRIGGER_AT", millis(triggers.next()));
    }
    return row;
  }

  private static void putIfNotNull(Map<String, Object> row, String column, Object value) {
    if (value != null) {
      row.put(column, value);
    }
  }

  /** The summary columns of a row, in the order {@link #summary(AoClock)} reads them. */
  static final String SUMMARY_COLUMNS =
      "ISSUE_ID,POLICY_ID,METRIC_ID,CYCLE_INDEX,STATE,CALENDAR,GOAL_MS,ELAPSED_MS,ELAPSED_AT,"
          + "ZERO_AT,BREACH_AT,AT_RISK_AT,FIRST_BREACH_AT,COMPLETED_CYCLES";

  static StoredClock summary(AoClock row) {
    Long goal = row.getGoalMs();
    return new StoredClock(
        row.getIssueId(),
        row.getPolicyId(),
        row.getMetricId(),
        row.getCycleIndex(),
        ClockState.valueOf(row.getState()),
        row.getCalendar(),
        goal == null ? null : Duration.ofMillis(goal),
        Duration.ofMillis(row.getElapsedMs()),
        instant(row.getElapsedAt()),
        instant(row.getZeroAt()),
        instant(row.getBreachAt()),
        instant(row.getAtRiskAt()),
        instant(row.getFirstBreachAt()),
        row.getCompletedCycles());
  }

  /**
   * Epoch millis, rounded down: instants from Jira's history are whole milliseconds, and so is
   * every instant computed from them (calendars count whole minutes).
   */
  static Long millis(Instant instant) {
    return instant == null ? null : instant.toEpochMilli();
  }

  static Instant instant(Long millis) {
    return millis == null ? null : Instant.ofEpochMilli(millis);
  }

  /**
   * The triggers as stored (whole milliseconds, like every instant of the row); null when the row
   * has none (no arming).
   */
  static TriggerSchedule.Triggers triggers(String arming, Long from, Long next) {
    return arming == null || from == null
        ? null
        : new TriggerSchedule.Triggers(arming, Instant.ofEpochMilli(from), instant(next));
  }
}
