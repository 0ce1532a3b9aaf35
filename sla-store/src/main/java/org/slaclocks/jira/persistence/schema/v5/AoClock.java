package org.slaclocks.jira.persistence.schema.v5;

import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** As model version 5 released it. Frozen: never edit. */
@Table("CLOCK")
@Indexes({
  @Index(
      name = "breach",
      methodNames = {"getMetricId", "getBreachAt", "getPolicyHash", "getIssueId"}),
  @Index(
      name = "at_risk",
      methodNames = {"getMetricId", "getAtRiskAt", "getPolicyHash", "getIssueId"}),
  @Index(
      name = "first_breach",
      methodNames = {"getMetricId", "getFirstBreachAt", "getPolicyHash", "getIssueId"}),
  @Index(
      name = "open",
      methodNames = {
        "getMetricId",
        "getState",
        "getCalendar",
        "getGoalMs",
        "getZeroAt",
        "getElapsedMs",
        "getPolicyHash",
        "getIssueId"
      }),
  @Index(
      name = "completed",
      methodNames = {"getMetricId", "getCompletedCycles", "getPolicyHash", "getIssueId"}),
  @Index(
      name = "next_trigger",
      methodNames = {"getNextTriggerAt", "getID"})
})
public interface AoClock extends RawEntity<Long> {
  @AutoIncrement
  @NotNull
  @PrimaryKey("ID")
  long getID();

  @NotNull
  @Indexed
  long getIssueId();

  void setIssueId(long issueId);

  @NotNull
  String getPolicyId();

  void setPolicyId(String policyId);

  /**
   * {@code PolicyHash} of POLICY_ID; null only in rows written before it existed, which the next
   * store of their issue rewrites (until then a policy filter on their metric reads POLICY_ID).
   */
  Long getPolicyHash();

  void setPolicyHash(Long policyHash);

  @NotNull
  String getMetricId();

  void setMetricId(String metricId);

  /** The current cycle's index (1, 2, ...); 0 when no cycle has started. */
  @NotNull
  int getCycleIndex();

  void setCycleIndex(int cycleIndex);

  /**
   * NOT_STARTED, RUNNING, PAUSED (by a pause condition), MET or BREACHED (stopped). Short, so that
   * the (METRIC_ID, STATE, CALENDAR, ...) index stays within MySQL's 3072 bytes in utf8mb4.
   */
  @NotNull
  @StringLength(20)
  String getState();

  void setState(String state);

  /**
   * The current cycle's calendar name; null when no cycle has started. At most 200 characters: the
   * (METRIC_ID, STATE, CALENDAR, ...) index must stay within MySQL's 3072 bytes in utf8mb4 also
   * where an upgraded table's STATE kept its old 255 characters.
   */
  @StringLength(200)
  String getCalendar();

  void setCalendar(String calendar);

  /** The current cycle's goal. */
  Long getGoalMs();

  void setGoalMs(Long goalMs);

  /** Working time counted by {@code ELAPSED_AT}. */
  @NotNull
  long getElapsedMs();

  void setElapsedMs(long elapsedMs);

  /** Epoch millis: the current cycle's stop, or its last change while open. */
  Long getElapsedAt();

  void setElapsedAt(Long elapsedAt);

  /** Epoch millis, running clocks only: elapsed at any later now is counted from here. */
  Long getZeroAt();

  void setZeroAt(Long zeroAt);

  /** Epoch millis: the current cycle's breach instant, past or future. */
  Long getBreachAt();

  void setBreachAt(Long breachAt);

  /** Epoch millis: the current cycle's internal target instant, past or future. */
  Long getAtRiskAt();

  void setAtRiskAt(Long atRiskAt);

  /** Epoch millis: the earliest breach of any cycle. */
  Long getFirstBreachAt();

  void setFirstBreachAt(Long firstBreachAt);

  @NotNull
  int getCompletedCycles();

  void setCompletedCycles(int completedCycles);

  /** The issue version of the store that last wrote this row. */
  @NotNull
  long getVersion();

  void setVersion(long version);

  /**
   * A hash of what the row says (ids, ZERO_AT and the CYCLES document, from which every other
   * column follows); null marks a row to be rewritten by the next store of its issue.
   */
  Long getContentHash();

  void setContentHash(Long contentHash);

  @StringLength(StringLength.UNLIMITED)
  String getCycles();

  void setCycles(String cycles);

  /**
   * {@code org.slaclocks.tracking.TriggerArming} of the metric's definition the triggers were
   * computed with (16 hex digits); null when the metric has no reminders or escalations.
   */
  @StringLength(32)
  String getTriggerArming();

  void setTriggerArming(String triggerArming);

  /** Epoch millis: firings due from here on are owed; null with TRIGGER_ARMING. */
  Long getTriggersFrom();

  void setTriggersFrom(Long triggersFrom);

  /** Epoch millis: the clock's next trigger; null when none is to come. */
  Long getNextTriggerAt();

  void setNextTriggerAt(Long nextTriggerAt);
}
