package org.slaclocks.jira.persistence.schema.v5;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** As model version 5 released it. Frozen: never edit. */
@Table("QUEUE_CLAIM")
public interface AoQueueClaim extends Entity {
  @NotNull
  @Unique
  long getIssueId();

  void setIssueId(long issueId);

  @NotNull
  @Indexed
  String getToken();

  void setToken(String token);

  @NotNull
  String getNode();

  void setNode(String node);

  /** Epoch millis until which no other node may claim the issue. */
  @NotNull
  long getLeaseUntil();

  void setLeaseUntil(long leaseUntil);

  /** The last queue entry id this claim covers. */
  @NotNull
  long getThroughId();

  void setThroughId(long throughId);

  @NotNull
  int getAttempts();

  void setAttempts(int attempts);

  @NotNull
  boolean isParked();

  void setParked(boolean parked);

  /** Epoch millis of the last failure, or 0. */
  @NotNull
  long getFailedAt();

  void setFailedAt(long failedAt);

  @StringLength(StringLength.MAX_LENGTH)
  String getLastError();

  void setLastError(String lastError);
}
