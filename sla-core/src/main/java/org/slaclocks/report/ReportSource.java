package org.slaclocks.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.slaclocks.policy.SlaPolicy;

/**
 * Host port: the questions the report pages and gadgets ask of the cycles, each over a {@link
 * ReportScope}. Written so a store can answer each with one SQL aggregate over cycles kept as rows
 * (grouped counts, a count per weekday and hour, the first rows by deadline); {@link
 * MemoryReportSource} answers them over cycles in memory with the classes {@code sla report} uses,
 * which is what the store's answers are checked against.
 *
 * <p>{@code order} lists the metrics as {@code policyId + "/" + metricId} in the order pages show
 * them (the configuration's).
 */
public interface ReportSource {
  /** Compliance per policy, metric and the dimension's value over the period. */
  List<ComplianceReport.Row> compliance(
      ReportScope scope, Period period, Dimension by, List<String> order);

  /** Met and breached per ISO week (in {@code zone}) and metric. */
  List<WeeklyTrend.Row> trend(ReportScope scope, Period period, ZoneId zone, List<String> order);

  /** Breaches of the period by weekday and hour in each cycle's calendar zone. */
  BreachHeatMap heatMap(ReportScope scope, Period period);

  /** The running clocks not yet late at {@code now}, soonest first, at most {@code limit}. */
  List<AboutToBreach.Row> aboutToBreach(ReportScope scope, Instant now, int limit);

  /** The customer's statement under the policy (which has credits) over the period. */
  CustomerStatement statement(ReportScope scope, SlaPolicy policy, String customer, Period period);

  /**
   * The values of the policy's customer field that cycles of the policy counted in the period had,
   * sorted: the customers a statement can be made for.
   */
  Set<String> customers(ReportScope scope, SlaPolicy policy, Period period);
}
