package org.slaclocks.jira.persistence.schema.v5;

import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.Table;

/** As model version 5 released it. Frozen: never edit. */
@Table("ISSUE_QUEUE")
public interface AoChange extends RawEntity<Long> {
  @AutoIncrement
  @NotNull
  @PrimaryKey("ID")
  long getID();

  @NotNull
  @Indexed
  long getIssueId();

  void setIssueId(long issueId);

  /** Epoch millis. */
  @NotNull
  long getEnqueuedAt();

  void setEnqueuedAt(long enqueuedAt);
}
