package org.slaclocks.jira.persistence;

import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.Table;

/**
 * One issue of a recalculation run, listed when the run starts (the scope evaluated once), queued
 * in id order a batch at a time. Deleted with nothing: a run's list is its record of what it
 * covered.
 */
@Table("RECALC_ISSUE")
public interface AoRecalcIssue extends RawEntity<Long> {
  @AutoIncrement
  @NotNull
  @PrimaryKey("ID")
  long getID();

  @NotNull
  @Indexed
  long getRunId();

  void setRunId(long runId);

  @NotNull
  long getIssueId();

  void setIssueId(long issueId);
}
