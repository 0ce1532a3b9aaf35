package org.slaclocks.jira.persistence.schema.v2;

import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** As model version 2 released it. Frozen: never edit. */
@Table("CLOCK")
@Indexes({
  @Index(
      name = "due",
      methodNames = {"getState", "getDeadline"}),
  @Index(
      name = "breached",
      methodNames = {"isEverBreached", "isBreached", "getIssueId"}),
  @Index(
      name = "at_risk",
      methodNames = {"isAtRisk", "getIssueId"})
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

  String getProjectKey();

  void setProjectKey(String projectKey);

  @NotNull
  String getPolicyId();

  void setPolicyId(String policyId);

  @NotNull
  String getMetricId();

  void setMetricId(String metricId);

  @NotNull
  int getCycleIndex();

  void setCycleIndex(int cycleIndex);

  @NotNull
  String getState();

  void setState(String state);

  /** Epoch millis; set only while the current cycle runs. */
  Long getDeadline();

  void setDeadline(Long deadline);

  /** Epoch millis. */
  Long getAtRiskAt();

  void setAtRiskAt(Long atRiskAt);

  @NotNull
  boolean isBreached();

  void setBreached(boolean breached);

  @NotNull
  boolean isEverBreached();

  void setEverBreached(boolean everBreached);

  /** Since model version 2. */
  @NotNull
  @Default("false")
  boolean isAtRisk();

  void setAtRisk(boolean atRisk);

  @NotNull
  boolean isWithinHours();

  void setWithinHours(boolean withinHours);

  @NotNull
  long getElapsedMs();

  void setElapsedMs(long elapsedMs);

  Long getGoalMs();

  void setGoalMs(Long goalMs);

  @NotNull
  long getVersion();

  void setVersion(long version);

  @StringLength(StringLength.UNLIMITED)
  String getCycles();

  void setCycles(String cycles);
}
