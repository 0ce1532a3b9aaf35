package org.slaclocks.jira.persistence.schema.v3;

import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** As model version 3 released it. Frozen: never edit. */
@Table("CLOCK")
@Indexes({
  @Index(
      name = "breach",
      methodNames = {"getMetricId", "getBreachAt", "getIssueId"}),
  @Index(
      name = "at_risk",
      methodNames = {"getMetricId", "getAtRiskAt", "getIssueId"}),
  @Index(
      name = "first_breach",
      methodNames = {"getMetricId", "getFirstBreachAt", "getIssueId"}),
  @Index(
      name = "open",
      methodNames = {
        "getMetricId",
        "getState",
        "getCalendar",
        "getGoalMs",
        "getZeroAt",
        "getElapsedMs",
        "getIssueId"
      }),
  @Index(
      name = "completed",
      methodNames = {"getMetricId", "getCompletedCycles", "getIssueId"})
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
}
