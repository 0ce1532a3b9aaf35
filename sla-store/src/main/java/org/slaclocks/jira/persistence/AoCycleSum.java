package org.slaclocks.jira.persistence;

import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The stopped cycles counted per calendar month (model version 7): how many cycle rows ({@link
 * AoCycle}, or {@link AoCycleField} of one field) of a project and report line stopped as MET or
 * BREACHED in a UTC month, and how many of the met ones were at risk. A year's compliance report
 * reads a few thousand of these instead of the half million cycle rows a year holds at a million
 * clocks; it reads the rows only for the part of its period that is not whole UTC months, and for
 * the open cycles (docs/performance.md).
 *
 * <p>The table is a ledger: the true count of a key (field, project, line, month, state) is the sum
 * of its rows. The clock store appends, in the transaction that writes an issue's cycle rows, one
 * row per key whose count the write changes (the new rows less the rows replaced; {@code FRESH} 1),
 * so that writers on several nodes never update one row; {@link CycleSums#compact} replaces a
 * month's rows by one row per key ({@code FRESH} 0). A sum therefore never depends on when, or
 * whether, the rows were compacted.
 */
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

  /** The field of {@link AoCycleField}'s rows counted; null for {@link AoCycle}'s. */
  @StringLength(100)
  String getField();

  void setField(String field);

  /** The start of the UTC month the cycles stopped in, epoch millis. */
  @NotNull
  long getMonthAt();

  void setMonthAt(long monthAt);

  @NotNull
  @StringLength(100)
  String getProjectKey();

  void setProjectKey(String projectKey);

  /** The report line ({@link CycleLine#hash()}). */
  @NotNull
  long getLineHash();

  void setLineHash(long lineHash);

  /** MET or BREACHED. */
  @NotNull
  @StringLength(20)
  String getState();

  void setState(String state);

  /** How many cycles the row adds to the key's count; negative for cycles replaced or deleted. */
  @NotNull
  int getCycleCount();

  void setCycleCount(int cycleCount);

  /** How many of them were met at risk ({@link AoCycle#getMetAtRisk()} summed), likewise. */
  @NotNull
  int getMetAtRisk();

  void setMetAtRisk(int metAtRisk);

  /** 1 for a row a write appended, 0 for a row a compaction wrote. */
  @NotNull
  int getFresh();

  void setFresh(int fresh);
}
