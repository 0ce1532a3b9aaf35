package org.slaclocks.jira.persistence;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A report line as the cycle rows count it: a policy's metric as a whole ({@code field} null), or
 * broken down by a field's value at the cycle's start ({@code value} null: none, which reports show
 * as one line with an empty value). Its {@link #hash()} is the rows' {@code LINE_HASH}: the first
 * 64 bits of a SHA-256 of the names, so that two nodes name a line alike without asking each other
 * or the database. Two different lines share a number with a chance of about 1 in 10^10 for a
 * hundred thousand lines (the birthday bound of 64 bits); they would then count as one line.
 */
record CycleLine(String policyId, String metricId, String field, String value) {
  CycleLine {
    Objects.requireNonNull(policyId, "policyId");
    Objects.requireNonNull(metricId, "metricId");
    value = value == null || value.isEmpty() ? null : value;
  }

  long hash() {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
    for (String part : new String[] {policyId, metricId, field, value}) {
      // a part's length first: no two lists of parts give the same bytes
      byte[] bytes = part == null ? new byte[0] : part.getBytes(StandardCharsets.UTF_8);
      sha.update(ByteBuffer.allocate(4).putInt(part == null ? -1 : bytes.length).array());
      sha.update(bytes);
    }
    return ByteBuffer.wrap(sha.digest()).getLong();
  }

  /** The line's row for {@link AoCycleLine}: column name to value, absent when null. */
  Map<String, Object> row() {
    Map<String, Object> row = new HashMap<>();
    row.put("LINE_HASH", hash());
    row.put("POLICY_ID", policyId);
    row.put("METRIC_ID", metricId);
    if (field != null) {
      row.put("FIELD", field);
    }
    if (value != null) {
      row.put("FIELD_VALUE", value);
    }
    return row;
  }

  static CycleLine of(AoCycleLine row) {
    return new CycleLine(row.getPolicyId(), row.getMetricId(), row.getField(), row.getFieldValue());
  }
}
