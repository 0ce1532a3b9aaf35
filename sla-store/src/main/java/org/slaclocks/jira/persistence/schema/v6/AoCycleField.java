package org.slaclocks.jira.persistence.schema.v6;

import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** As model version 6 released it. Frozen: never edit. */
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

  @NotNull
  @StringLength(100)
  String getField();

  void setField(String field);

  @NotNull
  long getLineHash();

  void setLineHash(long lineHash);

  @NotNull
  int getCycleIndex();

  void setCycleIndex(int cycleIndex);

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

  @NotNull
  int getMetAtRisk();

  void setMetAtRisk(int metAtRisk);

  Long getPrevDecidedAt();

  void setPrevDecidedAt(Long prevDecidedAt);

  @NotNull
  int getHasPrev();

  void setHasPrev(int hasPrev);
}
