package org.slaclocks.jira.persistence;

import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One row per started cycle of a stored clock (model version 5, narrowed in 6), for the reports
 * over a period ({@link AoReportSource}): what stays true while time passes, as the clock rows keep
 * it, plus the columns that make each report question one grouped count. Instants are epoch millis,
 * durations millis.
 *
 * <ul>
 *   <li>{@code STATE}: MET or BREACHED (stopped), RUNNING or PAUSED (open; PAUSED: held by a pause
 *       condition, as in {@link AoClock}).
 *   <li>{@code DECIDED_AT}: the instant the cycle's outcome is known: its stop, or for an open
 *       cycle its breach instant (past or future: a question at {@code now} counts it only before
 *       now); null for an open cycle without one. A stopped cycle counts in the period of its stop,
 *       an open late one in the period of its breach ({@link
 *       org.slaclocks.report.ComplianceCounts}).
 *   <li>{@code BREACH_DAY} (1 Monday .. 7) and {@code BREACH_HOUR} (0..23): the breach instant read
 *       in the calendar's zone ({@code ZONE}), for the heat map.
 *   <li>{@code CYCLE_COUNT}: the clock's number of started cycles; above 1 an issue may have two
 *       cycles counted in one period, which reports count as one issue.
 *   <li>{@code CONTENT_HASH}: a hash of the row and its fields ({@link AoCycleField}); a store
 *       rewrites an issue's cycles only when a hash differs.
 *   <li>{@code LINE_HASH}: the report line (policy and metric) as a number ({@link CycleLine},
 *       named in {@link AoCycleLine}), which the reports count by.
 * </ul>
 *
 * <p>The indexes {@code cycle_decided} and {@code cycle_open} hold every column a report's count
 * reads (model version 6), so that the counts read only the index: a year's rows of a million
 * clocks fit in a few tens of megabytes of index, where the rows themselves take hundreds
 * (docs/performance.md).
 */
@Table("CYCLE")
@Indexes({
  @Index(
      name = "cycle_decided",
      methodNames = {
        "getHasPrev",
        "getDecidedAt",
        "getProjectKey",
        "getLineHash",
        "getState",
        "getMetAtRisk",
        "getPrevDecidedAt",
        "getBreachDay",
        "getBreachHour",
        "getIssueId"
      }),
  @Index(
      name = "cycle_open",
      methodNames = {
        "getStopAt",
        "getStartAt",
        "getProjectKey",
        "getLineHash",
        "getState",
        "getAtRiskAt",
        "getDecidedAt",
        "getPrevDecidedAt",
        "getIssueId"
      }),
  @Index(
      name = "cycle_due",
      methodNames = {"getState", "getBreachAt"})
})
public interface AoCycle extends RawEntity<Long> {
  @AutoIncrement
  @NotNull
  @PrimaryKey("ID")
  long getID();

  @NotNull
  @Indexed
  long getIssueId();

  void setIssueId(long issueId);

  @NotNull
  String getIssueKey();

  void setIssueKey(String issueKey);

  /** The issue's project now (who may see it); at most 100 characters, for the indexes. */
  @NotNull
  @StringLength(100)
  String getProjectKey();

  void setProjectKey(String projectKey);

  @NotNull
  String getPolicyId();

  void setPolicyId(String policyId);

  @NotNull
  String getMetricId();

  void setMetricId(String metricId);

  /** The report line: policy and metric ({@link CycleLine#hash()}). */
  @NotNull
  long getLineHash();

  void setLineHash(long lineHash);

  @NotNull
  int getCycleIndex();

  void setCycleIndex(int cycleIndex);

  @NotNull
  int getCycleCount();

  void setCycleCount(int cycleCount);

  @NotNull
  @StringLength(20)
  String getState();

  void setState(String state);

  @NotNull
  long getStartAt();

  void setStartAt(long startAt);

  Long getStopAt();

  void setStopAt(Long stopAt);

  Long getDecidedAt();

  void setDecidedAt(Long decidedAt);

  /** Working time counted by ELAPSED_AT (the stop, or the cycle's last change while open). */
  @NotNull
  long getElapsedMs();

  void setElapsedMs(long elapsedMs);

  @NotNull
  long getElapsedAt();

  void setElapsedAt(long elapsedAt);

  /** Running cycles only: elapsed at any later now is the calendar's counted time from here. */
  Long getZeroAt();

  void setZeroAt(Long zeroAt);

  /** The breach instant, past or future ({@link org.slaclocks.clock.CycleFacts#breachAt}). */
  Long getBreachAt();

  void setBreachAt(Long breachAt);

  Long getAtRiskAt();

  void setAtRiskAt(Long atRiskAt);

  /**
   * 1 when the cycle stopped in time after reaching its internal target (met, at risk), else 0:
   * summed with the cycles' count in one grouped query.
   */
  @NotNull
  int getMetAtRisk();

  void setMetAtRisk(int metAtRisk);

  /**
   * The stop of the clock's latest earlier cycle in the same report line (the previous cycle); null
   * for the first: a cycle counted in a period starting at or before it is the issue's second or
   * later cycle there, which a report counts as one issue.
   */
  Long getPrevDecidedAt();

  void setPrevDecidedAt(Long prevDecidedAt);

  /**
   * 1 when the cycle has a previous one in its line ({@code PREV_DECIDED_AT} not null), else 0: the
   * decided index leads with it, so that counting the cycles whose previous one is in a period
   * reads only those that have one.
   */
  @NotNull
  int getHasPrev();

  void setHasPrev(int hasPrev);

  Integer getBreachDay();

  void setBreachDay(Integer breachDay);

  Integer getBreachHour();

  void setBreachHour(Integer breachHour);

  @NotNull
  long getGoalMs();

  void setGoalMs(long goalMs);

  Long getInternalMs();

  void setInternalMs(Long internalMs);

  @NotNull
  String getGoalLabel();

  void setGoalLabel(String goalLabel);

  @NotNull
  @StringLength(200)
  String getCalendar();

  void setCalendar(String calendar);

  @NotNull
  @StringLength(64)
  String getZone();

  void setZone(String zone);

  @NotNull
  long getContentHash();

  void setContentHash(long contentHash);
}
