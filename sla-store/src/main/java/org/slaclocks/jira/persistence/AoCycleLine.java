package org.slaclocks.jira.persistence;

import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A report line's names (model version 6): the policy, metric and, for a line broken down by a
 * field, the field and its value, under the line's number ({@link CycleLine#hash()}) that the cycle
 * rows carry in {@code LINE_HASH}. The rows count by that number alone, so that an index holding
 * every column a report's count reads answers it without reading the rows; the names of the few
 * lines counted are read from here afterwards.
 *
 * <p>Written by the clock store when it first writes a row of a line, and never changed: the number
 * is a hash of the names. Two nodes may write the same line at once; readers take either copy (they
 * are equal).
 */
@Table("CYCLE_LINE")
public interface AoCycleLine extends RawEntity<Long> {
  @AutoIncrement
  @NotNull
  @PrimaryKey("ID")
  long getID();

  @NotNull
  @Indexed
  long getLineHash();

  void setLineHash(long lineHash);

  @NotNull
  String getPolicyId();

  void setPolicyId(String policyId);

  @NotNull
  String getMetricId();

  void setMetricId(String metricId);

  /** The field as the engine keys it; null for a line of a metric as a whole. */
  @StringLength(100)
  String getField();

  void setField(String field);

  /** The field's value at the cycle's start; null when it had none (or for a whole metric). */
  @StringLength(255)
  String getFieldValue();

  void setFieldValue(String fieldValue);
}
