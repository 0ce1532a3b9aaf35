package org.slaclocks.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compliance per policy, metric and a dimension's value over a period. */
public final class ComplianceReport {
  private ComplianceReport() {}

  /**
   * One line: the cycles of one policy's metric whose dimension had {@code value}. {@code issues}
   * in the counts is the number of distinct issues with a counted cycle.
   */
  public record Row(String policyId, String metricId, String value, ComplianceCounts counts) {}

  /**
   * The lines in the order {@code order} gives the policies and metrics ({@code policyId + "/" +
   * metricId}, unknown ones last), then by value; lines without a counted cycle are left out.
   */
  public static List<Row> of(
      Iterable<ReportCycle> cycles, Period period, Dimension by, List<String> order) {
    Map<List<String>, ComplianceCounts> counts = new LinkedHashMap<>();
    Map<List<String>, Set<String>> issues = new LinkedHashMap<>();
    for (ReportCycle cycle : cycles) {
      ComplianceCounts one = ComplianceCounts.of(cycle.cycle(), period);
      if (one.isEmpty()) {
        continue;
      }
      List<String> key = List.of(cycle.policyId(), cycle.metricId(), by.of(cycle));
      counts.merge(key, one, ComplianceCounts::plus);
      issues.computeIfAbsent(key, k -> new HashSet<>()).add(cycle.issueKey());
    }
    List<Row> rows = new ArrayList<>();
    counts.forEach(
        (key, c) ->
            rows.add(
                new Row(key.get(0), key.get(1), key.get(2), c.withIssues(issues.get(key).size()))));
    rows.sort(
        Comparator.<Row>comparingInt(
                r -> {
                  int i = order.indexOf(r.policyId() + "/" + r.metricId());
                  return i < 0 ? Integer.MAX_VALUE : i;
                })
            .thenComparing(Row::policyId)
            .thenComparing(Row::metricId)
            .thenComparing(Row::value));
    return rows;
  }
}
