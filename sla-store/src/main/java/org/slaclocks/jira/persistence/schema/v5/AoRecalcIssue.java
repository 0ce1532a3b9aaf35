package org.slaclocks.jira.persistence.schema.v5;

import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.Table;

/** As model version 5 released it. Frozen: never edit. */
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
