package org.slaclocks.jira.persistence;

import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.Table;

/**
 * One recorded issue change waiting to be processed: insert-only on the request thread, deleted
 * once the issue's clocks are stored. Several rows per issue are normal.
 */
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
