package org.slaclocks.web.report;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.slaclocks.policy.CreditRules;
import org.slaclocks.policy.Durations;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.policy.SlaPolicy;
import org.slaclocks.report.AboutToBreach;
import org.slaclocks.report.BreachHeatMap;
import org.slaclocks.report.ComplianceCounts;
import org.slaclocks.report.ComplianceReport;
import org.slaclocks.report.CustomerStatement;
import org.slaclocks.report.Dimension;
import org.slaclocks.report.WeeklyTrend;
import org.slaclocks.web.i18n.Messages;

/**
 * Every report as a table of texts, written once and shown as text ({@code sla report}), HTML
 * (pages, gadgets, {@code sla report --format html}) or CSV. Three styles: {@link Style#MACHINE}
 * for CSV (ids, seconds, ISO instants, percentages without a sign, snake_case headers, the same
 * columns in every language); {@link Style#TEXT}, the English of {@code sla report}'s text and
 * HTML; {@link Style#PAGE}, the viewer's language and zone.
 */
public final class ReportTables {
  /** How cells and headers are written. */
  public enum Style {
    MACHINE,
    TEXT,
    PAGE
  }

  private final SlaConfiguration config;
  private final Style style;
  private final Messages messages;
  private final ZoneId zone;
  private final DateTimeFormatter instant;

  /** {@code messages} and {@code zone} are read in the {@link Style#PAGE} style only. */
  public ReportTables(SlaConfiguration config, Style style, Messages messages, ZoneId zone) {
    this.config = Objects.requireNonNull(config, "config");
    this.style = Objects.requireNonNull(style, "style");
    this.messages = Objects.requireNonNull(messages, "messages");
    this.zone = Objects.requireNonNull(zone, "zone");
    this.instant = messages.dateTimeFormat("format.instant");
  }

  /** The machine or English text style ({@code sla report}). */
  public static ReportTables of(SlaConfiguration config, boolean machine) {
    return new ReportTables(
        config,
        machine ? Style.MACHINE : Style.TEXT,
        Messages.of(Locale.ENGLISH),
        java.time.ZoneOffset.UTC);
  }

  private boolean machine() {
    return style == Style.MACHINE;
  }

  private boolean page() {
    return style == Style.PAGE;
  }

  public ReportTable compliance(List<ComplianceReport.Row> rows, String by) {
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
        cells.add(
            page() && row.value().equals(Dimension.NO_VALUE)
                ? messages.text("report.noValue")
                : row.value());
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
    return new ReportTable(
        "compliance", title("compliance", "Compliance"), header(header, by), out, false);
  }

  public ReportTable trend(List<WeeklyTrend.Row> rows) {
    List<List<String>> out = new ArrayList<>();
    for (WeeklyTrend.Row row : rows) {
      List<String> cells = new ArrayList<>(List.of(row.week(), row.monday().toString()));
      cells.addAll(names(row.policyId(), row.metricId()));
      cells.add(Integer.toString(row.met()));
      cells.add(Integer.toString(row.breached()));
      cells.add(percent(row.compliancePercent()));
      out.add(cells);
    }
    return new ReportTable(
        "trend",
        title("trend", "Trend per ISO week"),
        header(
            List.of("week", "monday", "policy", "metric", "met", "breached", "compliance"), null),
        out,
        false);
  }

  public ReportTable heatMap(BreachHeatMap map) {
    List<String> header = new ArrayList<>(List.of("weekday"));
    for (int hour = 0; hour < 24; hour++) {
      header.add(String.format("%02d", hour));
    }
    List<List<String>> out = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      List<String> cells = new ArrayList<>();
      cells.add(machine() ? day.name() : weekday(day));
      for (int hour = 0; hour < 24; hour++) {
        cells.add(Integer.toString(map.count(day, hour)));
      }
      out.add(cells);
    }
    String title =
        page()
            ? messages.text("report.title.heatmap", map.total())
            : "Breaches by weekday and hour (" + map.total() + ", in each calendar's time zone)";
    List<String> shown =
        switch (style) {
          case MACHINE -> header;
          case TEXT -> header.stream().map(h -> h.toUpperCase(Locale.ROOT)).toList();
          case PAGE -> {
            List<String> h = new ArrayList<>(header);
            h.set(0, messages.text("report.column.weekday"));
            yield h;
          }
        };
    return new ReportTable("heatmap", title, shown, out, true);
  }

  /** The weekday's short name (Mon, ma) in the style's language. */
  public String weekday(DayOfWeek day) {
    return day.getDisplayName(TextStyle.SHORT, page() ? messages.locale() : Locale.ENGLISH);
  }

  public ReportTable about(List<AboutToBreach.Row> rows) {
    List<List<String>> out = new ArrayList<>();
    for (AboutToBreach.Row row : rows) {
      List<String> cells = new ArrayList<>(List.of(row.issueKey()));
      cells.addAll(names(row.policyId(), row.metricId()));
      cells.add(instant(row.deadline()));
      cells.add(duration(row.remaining()));
      out.add(cells);
    }
    return new ReportTable(
        "about",
        title("about", "About to breach"),
        header(
            List.of(
                "issue",
                "policy",
                "metric",
                "deadline",
                machine() ? "remaining_seconds" : "remaining"),
            null),
        out,
        false);
  }

  public ReportTable statementMetrics(CustomerStatement s) {
    List<List<String>> out = new ArrayList<>();
    for (CustomerStatement.MetricResult m : s.metrics()) {
      ComplianceCounts c = m.counts();
      out.add(
          List.of(
              machine() ? m.metric().id() : m.metric().name(),
              String.join("; ", m.goals()),
              Integer.toString(c.met()),
              Integer.toString(c.breaches()),
              percent(c.compliancePercent())));
    }
    return new ReportTable(
        "metrics",
        title("metrics", "Goals and results"),
        header(List.of("metric", "goal", "met", "breached", "compliance"), null),
        out,
        false);
  }

  public ReportTable statementBreaches(CustomerStatement s) {
    List<List<String>> out = new ArrayList<>();
    for (CustomerStatement.Breach b : s.breaches()) {
      out.add(
          List.of(
              b.issueKey(),
              metricName(s.policy(), b.metricId()),
              duration(b.goal()),
              instant(b.breachAt()),
              b.stop() == null ? open() : instant(b.stop()),
              duration(b.overrun())));
    }
    return new ReportTable(
        "breaches",
        page()
            ? messages.text("report.title.breaches", s.breaches().size())
            : "Breaches (" + s.breaches().size() + ")",
        header(
            List.of(
                "issue",
                "metric",
                machine() ? "goal_seconds" : "goal",
                "breached_at",
                "stopped",
                machine() ? "overrun_seconds" : "overrun"),
            null),
        out,
        false);
  }

  public ReportTable statementCredits(CustomerStatement s) {
    String currency = s.policy().credits().currency();
    List<List<String>> out = new ArrayList<>();
    for (CustomerStatement.CreditLine line : s.credits()) {
      out.add(List.of(description(s, line), line.amount().toPlainString()));
    }
    out.add(
        List.of(
            page() ? messages.text("report.credit.earned") : "Earned", s.earned().toPlainString()));
    if (s.cap() != null) {
      out.add(
          List.of(page() ? messages.text("report.credit.cap") : "Cap", s.cap().toPlainString()));
    }
    out.add(
        List.of(
            page() ? messages.text("report.credit.total") : "Service credit",
            s.credit().toPlainString()));
    String title = page() ? messages.text("report.title.credits") : "Service credit";
    return new ReportTable(
        "credits",
        title + (currency.isEmpty() ? "" : " (" + currency + ")"),
        header(List.of("credit", "amount"), null),
        out,
        false);
  }

  /**
   * What a credit line gives and why: the core's English words, or the same said in the page's
   * language.
   */
  private String description(CustomerStatement s, CustomerStatement.CreditLine line) {
    if (!page()) {
      return line.description();
    }
    CreditRules.Rule rule = line.rule();
    String metric = metricName(s.policy(), line.metricId());
    String currency = s.policy().credits().currency();
    String each = amount(rule, s, currency);
    if (rule.isPerBreach()) {
      long count =
          s.breaches().stream()
              .filter(b -> b.metricId().equals(line.metricId()))
              .filter(b -> rule.priorities().isEmpty() || rule.priorities().contains(b.priority()))
              .count();
      String which =
          rule.priorities().isEmpty()
              ? ""
              : " "
                  + messages.text(
                      "report.credit.priorities",
                      String.join(", ", rule.priorities().stream().sorted().toList()));
      return messages.text("report.credit.perBreach", count, metric, which, each);
    }
    ComplianceCounts counts =
        s.metrics().stream()
            .filter(m -> m.metric().id().equals(line.metricId()))
            .map(CustomerStatement.MetricResult::counts)
            .findFirst()
            .orElse(ComplianceCounts.NONE);
    return messages.text(
        "report.credit.below",
        metric,
        percent(counts.compliancePercent()),
        rule.complianceBelow().stripTrailingZeros().toPlainString() + "%",
        each);
  }

  private String amount(CreditRules.Rule rule, CustomerStatement s, String currency) {
    CreditRules.Amount a = rule.credit();
    java.math.BigDecimal value =
        a.isShareOfFee()
            ? (s.monthlyFee() == null
                ? java.math.BigDecimal.ZERO
                : s.monthlyFee()
                    .multiply(a.percentOfFee())
                    .divide(java.math.BigDecimal.valueOf(100))
                    .setScale(2, java.math.RoundingMode.HALF_UP))
            : a.fixed().setScale(2, java.math.RoundingMode.HALF_UP);
    String money = (currency.isEmpty() ? "" : currency + " ") + value.toPlainString();
    return a.isShareOfFee()
        ? messages.text(
            "report.credit.shareOfFee",
            a.percentOfFee().stripTrailingZeros().toPlainString() + "%",
            money)
        : money;
  }

  /** The policy's and metric's names (ids for machines). */
  public List<String> names(String policyId, String metricId) {
    if (machine()) {
      return List.of(policyId, metricId);
    }
    SlaPolicy policy = policy(policyId);
    return List.of(policy == null ? policyId : policy.name(), metricName(policy, metricId));
  }

  private String metricName(SlaPolicy policy, String metricId) {
    if (machine() || policy == null) {
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

  private String title(String id, String english) {
    return page() ? messages.text("report.title." + id) : english;
  }

  private List<String> header(List<String> names, String by) {
    return switch (style) {
      case MACHINE -> names;
      case TEXT -> names.stream().map(n -> n.replace('_', ' ').toUpperCase(Locale.ROOT)).toList();
      case PAGE ->
          names.stream()
              .map(n -> n.equals(by) ? byLabel(n) : messages.text("report.column." + n))
              .toList();
    };
  }

  /** The heading of the breakdown's column: policy and priority in words, a field by its name. */
  private String byLabel(String by) {
    return by.equals("policy") || by.equalsIgnoreCase("priority")
        ? messages.text("report.by." + by.toLowerCase(Locale.ROOT))
        : by;
  }

  private String open() {
    return switch (style) {
      case MACHINE -> "";
      case TEXT -> "open";
      case PAGE -> messages.text("report.open");
    };
  }

  String percent(Double value) {
    if (value == null) {
      return machine() ? "" : "-";
    }
    return machine() ? value.toString() : value + "%";
  }

  private String duration(Duration d) {
    return switch (style) {
      case MACHINE -> Long.toString(d.getSeconds());
      case TEXT -> Durations.format(d);
      case PAGE -> messages.duration(d);
    };
  }

  private String instant(Instant at) {
    return page() ? instant.format(at.atZone(zone)) : at.toString();
  }
}
