package org.slaclocks.jira.persistence.schema.v5;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** As model version 5 released it. Frozen: never edit. */
@Table("RECALCULATION")
public interface AoRecalculation extends Entity {
  @NotNull
  @StringLength(20)
  String getScopeKind();

  void setScopeKind(String scopeKind);

  /** Epoch millis; 0 unless the scope is {@code updated}. */
  @NotNull
  long getScopeSince();

  void setScopeSince(long scopeSince);

  @StringLength(450)
  String getScopeJql();

  void setScopeJql(String scopeJql);

  @NotNull
  @StringLength(255)
  String getRequestedBy();

  void setRequestedBy(String requestedBy);

  /** Epoch millis. */
  @NotNull
  long getRequestedAt();

  void setRequestedAt(long requestedAt);

  @NotNull
  long getTargetRevision();

  void setTargetRevision(long targetRevision);

  @NotNull
  int getTotal();

  void setTotal(int total);

  /** {@code RUNNING}, {@code DONE} or {@code CANCELLED}. */
  @NotNull
  @Indexed
  @StringLength(20)
  String getRunStatus();

  void setRunStatus(String runStatus);

  /** The last {@code AoRecalcIssue} id queued (the cursor); 0 before the first batch. */
  @NotNull
  long getFedThrough();

  void setFedThrough(long fedThrough);

  /** The last {@code AoRecalcIssue} id counted as done: the issues in flight start after it. */
  @NotNull
  long getBatchFrom();

  void setBatchFrom(long batchFrom);

  /** Issues counted as done, those up to {@code BATCH_FROM} (all of them once the run is done). */
  @NotNull
  int getDoneBefore();

  void setDoneBefore(int doneBefore);

  /** Epoch millis; 0 while running. */
  @NotNull
  long getFinishedAt();

  void setFinishedAt(long finishedAt);

  @StringLength(255)
  String getCancelledBy();

  void setCancelledBy(String cancelledBy);
}
