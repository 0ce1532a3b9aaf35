package org.slaclocks.jira.persistence.schema.v5;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** As model version 5 released it. Frozen: never edit. */
@Table("EXCLUSION")
public interface AoExclusion extends Entity {
  @NotNull
  @Indexed
  long getIssueId();

  void setIssueId(long issueId);

  /** Epoch millis, inclusive. */
  @NotNull
  long getStartAt();

  void setStartAt(long startAt);

  /** Epoch millis, exclusive. */
  @NotNull
  long getEndAt();

  void setEndAt(long endAt);

  @NotNull
  @StringLength(StringLength.MAX_LENGTH)
  String getReason();

  void setReason(String reason);

  @NotNull
  String getAuthor();

  void setAuthor(String author);

  /** Epoch millis. */
  @NotNull
  long getCreatedAt();

  void setCreatedAt(long createdAt);
}
