package org.slaclocks.jira.persistence.schema.v5;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** As model version 5 released it. Frozen: never edit. */
@Table("WORKER_NODE")
public interface AoWorkerNode extends Entity {
  @NotNull
  @Unique
  @StringLength(100)
  String getNode();

  void setNode(String node);

  /** When the worker last completed a poll. */
  @NotNull
  long getLastRunAt();

  void setLastRunAt(long lastRunAt);

  /** When the worker last paused on a system failure. */
  @NotNull
  long getFailureAt();

  void setFailureAt(long failureAt);

  @StringLength(450)
  String getFailure();

  void setFailure(String failure);

  /** The worker is paused on that failure now. */
  @NotNull
  boolean isFailing();

  void setFailing(boolean failing);

  /** When this row was last written. */
  @NotNull
  long getReportedAt();

  void setReportedAt(long reportedAt);
}
