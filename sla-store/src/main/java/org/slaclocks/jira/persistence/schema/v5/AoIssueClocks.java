package org.slaclocks.jira.persistence.schema.v5;

import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** As model version 5 released it. Frozen: never edit. */
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
