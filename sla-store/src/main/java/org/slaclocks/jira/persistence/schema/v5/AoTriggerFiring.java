package org.slaclocks.jira.persistence.schema.v5;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** As model version 5 released it. Frozen: never edit. */
@Table("TRIGGER_FIRING")
@Indexes({
  @Index(
      name = "claimable",
      methodNames = {"getState", "getDueAt"})
})
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

  /** When the firing is due. */
  @NotNull
  @Default("0")
  long getDueAt();

  void setDueAt(long dueAt);

  /** {@code org.slaclocks.tracking.TriggerLedger.State} by name. */
  @NotNull
  @Default("DONE")
  @StringLength(20)
  String getState();

  void setState(String state);

  /** The node that claimed the firing last; null while none did. */
  @StringLength(100)
  String getClaimedBy();

  void setClaimedBy(String claimedBy);

  /** While CLAIMED: until when the claim holds. */
  Long getLeaseUntil();

  void setLeaseUntil(Long leaseUntil);

  /** How many attempts failed and were to be retried. */
  @NotNull
  @Default("0")
  int getAttempts();

  void setAttempts(int attempts);

  /** While RETRY: from when it may be claimed again. */
  Long getNextAttemptAt();

  void setNextAttemptAt(Long nextAttemptAt);

  /** The indexes of the actions done, comma-separated ("0,2"); null when none is. */
  @StringLength(StringLength.MAX_LENGTH)
  String getActionsDone();

  void setActionsDone(String actionsDone);

  /** What people read on the issue: one line per action done or attempt ended. */
  @StringLength(StringLength.UNLIMITED)
  String getOutcome();

  void setOutcome(String outcome);

  /** When the row last changed. */
  @NotNull
  @Default("0")
  long getUpdatedAt();

  void setUpdatedAt(long updatedAt);
}
