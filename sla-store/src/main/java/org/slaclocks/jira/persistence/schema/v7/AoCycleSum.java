package org.slaclocks.jira.persistence.schema.v7;

import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** As model version 7 released it. Frozen: never edit. */
@Table("CYCLE_SUM")
@Indexes({
  @Index(
      name = "sum_month",
      methodNames = {
        "getField",
        "getMonthAt",
        "getProjectKey",
        "getLineHash",
        "getState",
        "getCycleCount",
        "getMetAtRisk"
      }),
  @Index(
      name = "sum_fresh",
      methodNames = {"getFresh", "getField", "getMonthAt"})
})
public interface AoCycleSum extends RawEntity<Long> {
  @AutoIncrement
  @NotNull
  @PrimaryKey("ID")
  long getID();

  @StringLength(100)
  String getField();

  void setField(String field);

  @NotNull
  long getMonthAt();

  void setMonthAt(long monthAt);

  @NotNull
  @StringLength(100)
  String getProjectKey();

  void setProjectKey(String projectKey);

  @NotNull
  long getLineHash();

  void setLineHash(long lineHash);

  @NotNull
  @StringLength(20)
  String getState();

  void setState(String state);

  @NotNull
  int getCycleCount();

  void setCycleCount(int cycleCount);

  @NotNull
  int getMetAtRisk();

  void setMetAtRisk(int metAtRisk);

  @NotNull
  int getFresh();

  void setFresh(int fresh);
}
