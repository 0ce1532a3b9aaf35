package org.slaclocks.cli.replay;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slaclocks.policy.Durations;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.policy.SlaPolicy;
import org.slaclocks.report.AboutToBreach;
import org.slaclocks.report.BreachHeatMap;
import org.slaclocks.report.ComplianceCounts;
import org.slaclocks.report.ComplianceReport;
import org.slaclocks.report.CustomerStatement;
import org.slaclocks.report.WeeklyTrend;

/**
 * Every report as a table of texts, written once and printed as text, HTML or CSV. For CSV ({@code
 * machine}) the cells are machine values: ids instead of names, seconds instead of {@code 2h 15m},
 * percentages without a sign; for people, names and readable durations.
 */
final class ReportTables {
  /** A titled table; {@code shaded} tables are charts, shaded by their numbers in HTML. */
  record Table(String title, List<String> header, List<List<String>> rows, boolean shaded) {}

  private final SlaConfiguration config;
  private final boolean machine;

  ReportTables(SlaConfiguration config, boolean machine) {
    this.config = config;
    this.machine = machine;
  }

  Table compliance(List<ComplianceReport.Row> rows, String by) {
    List<String> header = new ArrayList<>(List.of("policy", "metric"));
    if (by != null) {
      header.add(by);
    }
    header.addAll(
        List.of(
            "issues",
            "met",
            "breached",
            "late_open",
            "running",
            "paused",
            "at_risk",
            "compliance"));
    List<List<String>> out = new ArrayList<>();
    for (ComplianceReport.Row row : rows) {
      List<String> cells = new ArrayList<>(names(row.policyId(), row.metricId()));
      if (by != null) {
        cells.add(row.value());
      }
      ComplianceCounts c = row.counts();
      for (int n :
          new int[] {
            c.issues(), c.met(), c.breached(), c.openBreached(), c.running(), c.paused(), c.atRisk()
          }) {
        cells.add(Integer.toString(n));
      }
      cells.add(percent(c.compliancePercent()));
      out.add(cells);
    }
    return new Table("Compliance", header(header), out, false);
  }

  Table trend(List<WeeklyTrend.Row> rows) {
    List<List<String>> out = new ArrayList<>();
    for (WeeklyTrend.Row row : rows) {
      List<String> cells = new ArrayList<>(List.of(row.week(), row.monday().toString()));
      cells.addAll(names(row.policyId(), row.metricId()));
      cells.add(Integer.toString(row.met()));
      cells.add(Integer.toString(row.breached()));
      cells.add(percent(row.compliancePercent()));
      out.add(cells);
    }
    return new Table(
        "Trend per ISO week",
        header(List.of("week", "monday", "policy", "metric", "met", "breached", "compliance")),
        out,
        false);
  }

  Table heatMap(BreachHeatMap map) {
    List<String> header = new ArrayList<>(List.of("weekday"));
    for (int hour = 0; hour < 24; hour++) {
      header.add(String.format("%02d", hour));
    }
    List<List<String>> out = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      List<String> cells = new ArrayList<>();
      cells.add(machine ? day.name() : day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
      for (int hour = 0; hour < 24; hour++) {
        cells.add(Integer.toString(map.count(day, hour)));
      }
      out.add(cells);
    }
    return new Table(
        "Breaches by weekday and hour (" + map.total() + ", in each calendar's time zone)",
        machine ? header : header.stream().map(h -> h.toUpperCase(Locale.ROOT)).toList(),
        out,
        true);
  }

  Table about(List<AboutToBreach.Row> rows) {
    List<List<String>> out = new ArrayList<>();
    for (AboutToBreach.Row row : rows) {
      List<String> cells = new ArrayList<>(List.of(row.issueKey()));
      cells.addAll(names(row.policyId(), row.metricId()));
      cells.add(row.deadline().toString());
      cells.add(duration(row.remaining()));
      out.add(cells);
    }
    return new Table(
        "About to breach",
        header(
            List.of(
                "issue",
                "policy",
                "metric",
                "deadline",
                machine ? "remaining_seconds" : "remaining")),
        out,
        false);
  }

  Table statementMetrics(CustomerStatement s) {
    List<List<String>> out = new ArrayList<>();
    for (CustomerStatement.MetricResult m : s.metrics()) {
      ComplianceCounts c = m.counts();
      out.add(
          List.of(
              machine ? m.metric().id() : m.metric().name(),
              String.join("; ", m.goals()),
              Integer.toString(c.met()),
              Integer.toString(c.breaches()),
              percent(c.compliancePercent())));
    }
    return new Table(
        "Goals and results",
        header(List.of("metric", "goal", "met", "breached", "compliance")),
        out,
        false);
  }

  Table statementBreaches(CustomerStatement s) {
    List<List<String>> out = new ArrayList<>();
    for (CustomerStatement.Breach b : s.breaches()) {
      out.add(
          List.of(
              b.issueKey(),
              metricName(s.policy(), b.metricId()),
              duration(b.goal()),
              b.breachAt().toString(),
              b.stop() == null ? (machine ? "" : "open") : b.stop().toString(),
              duration(b.overrun())));
    }
    return new Table(
        "Breaches (" + s.breaches().size() + ")",
        header(
            List.of(
                "issue",
                "metric",
                machine ? "goal_seconds" : "goal",
                "breached_at",
                "stopped",
                machine ? "overrun_seconds" : "overrun")),
        out,
        false);
  }

  Table statementCredits(CustomerStatement s) {
    String currency = s.policy().credits().currency();
    List<List<String>> out = new ArrayList<>();
    for (CustomerStatement.CreditLine line : s.credits()) {
      out.add(List.of(line.description(), line.amount().toPlainString()));
    }
    out.add(List.of("Earned", s.earned().toPlainString()));
    if (s.cap() != null) {
      out.add(List.of("Cap", s.cap().toPlainString()));
    }
    out.add(List.of("Service credit", s.credit().toPlainString()));
    return new Table(
        "Service credit" + (currency.isEmpty() ? "" : " (" + currency + ")"),
        header(List.of("credit", "amount")),
        out,
        false);
  }

  private List<String> names(String policyId, String metricId) {
    if (machine) {
      return List.of(policyId, metricId);
    }
    SlaPolicy policy = policy(policyId);
    return List.of(policy == null ? policyId : policy.name(), metricName(policy, metricId));
  }

  private String metricName(SlaPolicy policy, String metricId) {
    if (machine || policy == null) {
      return metricId;
    }
    return policy.metrics().stream()
        .filter(m -> m.id().equals(metricId))
        .map(m -> m.name())
        .findFirst()
        .orElse(metricId);
  }

  private SlaPolicy policy(String id) {
    return config.policies().stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
  }

  private List<String> header(List<String> names) {
    return machine
        ? names
        : names.stream().map(n -> n.replace('_', ' ').toUpperCase(Locale.ROOT)).toList();
  }

  private String percent(Double value) {
    if (value == null) {
      return machine ? "" : "-";
    }
    return machine ? value.toString() : value + "%";
  }

  private String duration(Duration d) {
    return machine ? Long.toString(d.getSeconds()) : Durations.format(d);
  }

  static String instant(Instant instant) {
    return instant == null ? "" : instant.toString();
  }
}
