package org.slaclocks.jira.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A reminder or escalation that fired. {@code FIRING_KEY} (issue, metric, cycle and trigger in one
 * string) is unique, which is what makes a trigger fire once across the cluster: AO 3 has no unique
 * composite index.
 */
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
