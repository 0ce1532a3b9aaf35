package org.slaclocks.jira.persistence.schema.v6;

import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** As model version 6 released it. Frozen: never edit. */
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

  @StringLength(100)
  String getField();

  void setField(String field);

  @StringLength(255)
  String getFieldValue();

  void setFieldValue(String fieldValue);
}
