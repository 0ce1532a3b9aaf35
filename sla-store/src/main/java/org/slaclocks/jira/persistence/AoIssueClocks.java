package org.slaclocks.jira.persistence;

import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One row per issue with stored clocks: the issue's version, the unit of optimistic concurrency.
 * The row is deleted and inserted again by every store that changes something (its {@code ID}
 * changes, hence a long key); the unique issue id lets only one of two first stores of an issue
 * succeed. {@code COMPUTED_AT} and {@code CONFIG_VERSION} are those of the computation that last
 * changed the issue's stored clocks: a recomputation that finds the same clocks writes nothing.
 */
@Table("ISSUE_CLOCKS")
public interface AoIssueClocks extends RawEntity<Long> {
  @AutoIncrement
  @NotNull
  @PrimaryKey("ID")
  long getID();

  @NotNull
  @Unique
  long getIssueId();

  void setIssueId(long issueId);

  @NotNull
  String getIssueKey();

  void setIssueKey(String issueKey);

  String getProjectKey();

  void setProjectKey(String projectKey);

  @NotNull
  long getConfigVersion();

  void setConfigVersion(long configVersion);

  /** Epoch millis. */
  @NotNull
  long getComputedAt();

  void setComputedAt(long computedAt);

  /** How many clock rows the issue has: a read that finds another number met a store. */
  @NotNull
  int getClockCount();

  void setClockCount(int clockCount);

  @NotNull
  long getVersion();

  void setVersion(long version);
}
