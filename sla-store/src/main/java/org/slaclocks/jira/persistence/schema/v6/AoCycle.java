package org.slaclocks.jira.persistence.schema.v6;

import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** As model version 6 released it. Frozen: never edit. */
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

  @NotNull
  long getElapsedMs();

  void setElapsedMs(long elapsedMs);

  @NotNull
  long getElapsedAt();

  void setElapsedAt(long elapsedAt);

  Long getZeroAt();

  void setZeroAt(Long zeroAt);

  Long getBreachAt();

  void setBreachAt(Long breachAt);

  Long getAtRiskAt();

  void setAtRiskAt(Long atRiskAt);

  @NotNull
  int getMetAtRisk();

  void setMetAtRisk(int metAtRisk);

  Long getPrevDecidedAt();

  void setPrevDecidedAt(Long prevDecidedAt);

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
