package org.slaclocks.jira.persistence.schema.v3;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** As model version 3 released it. Frozen: never edit. */
@Table("TRIGGER_FIRING")
public interface AoTriggerFiring extends Entity {
  @NotNull
  @Unique
  String getFiringKey();

  void setFiringKey(String firingKey);

  @NotNull
  @Indexed
  long getIssueId();

  void setIssueId(long issueId);

  @NotNull
  String getMetricId();

  void setMetricId(String metricId);

  @NotNull
  int getCycleIndex();

  void setCycleIndex(int cycleIndex);

  @NotNull
  @StringLength(StringLength.MAX_LENGTH)
  String getTriggerId();

  void setTriggerId(String triggerId);

  /** Epoch millis. */
  @NotNull
  long getFiredAt();

  void setFiredAt(long firedAt);

  @StringLength(StringLength.MAX_LENGTH)
  String getOutcome();

  void setOutcome(String outcome);
}
