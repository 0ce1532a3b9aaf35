package org.slaclocks.jira.persistence;

import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One row per cycle and report field (model version 5, narrowed in 6): the cycle's report line
 * broken down by the field's value when the cycle started ({@code LINE_HASH}: policy, metric, field
 * and value, named in {@link AoCycleLine}), with a copy of the cycle's counting columns ({@link
 * AoCycle}), so that a report broken down by a field is one grouped count over this table without a
 * join. Every field the configuration names for reports has a row for every cycle, with or without
 * a value.
 *
 * <p>Only numbers and short keys: the indexes {@code field_decided} and {@code field_open} hold
 * every column a count reads, so a count reads the index alone (model version 6; version 5 kept the
 * policy, metric and value as text in each row, which made the table several times larger than
 * MariaDB's default buffer pool at a million clocks).
 */
@Table("CYCLE_FIELD")
@Indexes({
  @Index(
      name = "field_decided",
      methodNames = {
        "getField",
        "getHasPrev",
        "getDecidedAt",
        "getProjectKey",
        "getLineHash",
        "getState",
        "getMetAtRisk",
        "getPrevDecidedAt",
        "getIssueId"
      }),
  @Index(
      name = "field_open",
      methodNames = {
        "getField",
        "getStopAt",
        "getStartAt",
        "getProjectKey",
        "getLineHash",
        "getState",
        "getAtRiskAt",
        "getDecidedAt",
        "getPrevDecidedAt",
        "getIssueId"
      })
})
public interface AoCycleField extends RawEntity<Long> {
  @AutoIncrement
  @NotNull
  @PrimaryKey("ID")
  long getID();

  @NotNull
  @Indexed
  long getIssueId();

  void setIssueId(long issueId);

  @NotNull
  @StringLength(100)
  String getProjectKey();

  void setProjectKey(String projectKey);

  /** The field's name as the engine keys it (system fields canonical: priority). */
  @NotNull
  @StringLength(100)
  String getField();

  void setField(String field);

  /** The line: policy, metric, this field and its value at the cycle's start. */
  @NotNull
  long getLineHash();

  void setLineHash(long lineHash);

  @NotNull
  int getCycleIndex();

  void setCycleIndex(int cycleIndex);

  /** The clock's number of started cycles (and the name a count is read back under). */
  @NotNull
  int getCycleCount();

  void setCycleCount(int cycleCount);

  @NotNull
  @StringLength(20)
  String getState();

  void setState(String state);

  @NotNull
  long getStartAt();

  void setStartAt(long startAt);

  Long getStopAt();

  void setStopAt(Long stopAt);

  Long getDecidedAt();

  void setDecidedAt(Long decidedAt);

  Long getAtRiskAt();

  void setAtRiskAt(Long atRiskAt);

  /**
   * 1 when the cycle stopped in time after reaching its internal target (met, at risk), else 0:
   * summed with the cycles' count in one grouped query.
   */
  @NotNull
  int getMetAtRisk();

  void setMetAtRisk(int metAtRisk);

  /**
   * The stop of the clock's latest earlier cycle in the same report line (the latest with the same
   * value of the field); null for the first: a cycle counted in a period starting at or before it
   * is the issue's second or later cycle there, which a report counts as one issue.
   */
  Long getPrevDecidedAt();

  void setPrevDecidedAt(Long prevDecidedAt);

  /** 1 when the cycle has a previous one in its line, else 0 (as {@link AoCycle#getHasPrev}). */
  @NotNull
  int getHasPrev();

  void setHasPrev(int hasPrev);
}
