package org.slaclocks.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.slaclocks.history.FieldNames;
import org.slaclocks.policy.SlaPolicy;

/**
 * The reports over cycles in memory (an export's replay, the sandbox's issues): each question is
 * the core's report class over the cycles in scope, so the pages and {@code sla report} give the
 * same figures. The cycles are read again for every question.
 */
public final class MemoryReportSource implements ReportSource {
  private final Iterable<ReportCycle> cycles;

  public MemoryReportSource(Iterable<ReportCycle> cycles) {
    this.cycles = Objects.requireNonNull(cycles, "cycles");
  }

  @Override
  public List<ComplianceReport.Row> compliance(
      ReportScope scope, Period period, Dimension by, List<String> order) {
    return ComplianceReport.of(in(scope), period, by, order);
  }

  @Override
  public List<WeeklyTrend.Row> trend(
      ReportScope scope, Period period, ZoneId zone, List<String> order) {
    return WeeklyTrend.of(in(scope), period, zone, order);
  }

  @Override
  public BreachHeatMap heatMap(ReportScope scope, Period period) {
    return BreachHeatMap.of(in(scope), period);
  }

  @Override
  public List<AboutToBreach.Row> aboutToBreach(ReportScope scope, Instant now, int limit) {
    return AboutToBreach.of(in(scope), now, limit);
  }

  @Override
  public CustomerStatement statement(
      ReportScope scope, SlaPolicy policy, String customer, Period period) {
    return CustomerStatement.of(customer, policy, period, in(scope));
  }

  @Override
  public Set<String> customers(ReportScope scope, SlaPolicy policy, Period period) {
    Set<String> out = new TreeSet<>();
    if (policy.credits().isEmpty()) {
      return out;
    }
    String field = FieldNames.canonical(policy.credits().customerField());
    for (ReportCycle c : in(scope)) {
      String value = c.field(field);
      if (c.policyId().equals(policy.id())
          && value != null
          && !ComplianceCounts.of(c.cycle(), period).isEmpty()) {
        out.add(value);
      }
    }
    return out;
  }

  /** The cycles in scope, read lazily. */
  private Iterable<ReportCycle> in(ReportScope scope) {
    return () ->
        new Iterator<>() {
          private final Iterator<ReportCycle> all = cycles.iterator();
          private ReportCycle next = advance();

          private ReportCycle advance() {
            while (all.hasNext()) {
              ReportCycle c = all.next();
              if (scope.includes(c)) {
                return c;
              }
            }
            return null;
          }

          @Override
          public boolean hasNext() {
            return next != null;
          }

          @Override
          public ReportCycle next() {
            if (next == null) {
              throw new java.util.NoSuchElementException();
            }
            ReportCycle out = next;
            next = advance();
            return out;
          }
        };
  }
}
