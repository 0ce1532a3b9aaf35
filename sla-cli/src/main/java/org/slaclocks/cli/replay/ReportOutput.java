package org.slaclocks.cli.replay;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.report.AboutToBreach;
import org.slaclocks.report.BreachHeatMap;
import org.slaclocks.report.ComplianceReport;
import org.slaclocks.report.CustomerStatement;
import org.slaclocks.report.Dimension;
import org.slaclocks.report.Period;
import org.slaclocks.report.WeeklyTrend;
import org.slaclocks.web.report.ReportCsv;
import org.slaclocks.web.report.ReportTable;
import org.slaclocks.web.report.ReportTables;

/**
 * {@code sla report}'s output: the reports or the statements as text (aligned columns), one HTML
 * page (every value escaped; the heat map is a table whose cells are shaded by their count, so the
 * chart reads as a table too) or CSV (one report).
 */
final class ReportOutput {
  /** The reports asked for; those not asked for are null. */
  record Reports(
      List<ComplianceReport.Row> compliance,
      List<WeeklyTrend.Row> trend,
      BreachHeatMap heatMap,
      List<AboutToBreach.Row> about) {}

  private final SlaConfiguration config;
  private final Period period;
  private final ZoneId zone;
  private final Instant now;
  private final int replayed;
  private final String by;

  ReportOutput(
      SlaConfiguration config,
      Period period,
      ZoneId zone,
      Instant now,
      int replayed,
      Dimension dimension,
      String by) {
    this.config = config;
    this.period = period;
    this.zone = zone;
    this.now = now;
    this.replayed = replayed;
    this.by = dimension == Dimension.NONE ? null : by;
  }

  private String title() {
    return "SLA report "
        + period.startInclusive().atZone(zone).toLocalDate()
        + " to "
        + period.endExclusive().atZone(zone).toLocalDate().minusDays(1)
        + " ("
        + zone
        + "), at "
        + now
        + ", "
        + replayed
        + " issues replayed";
  }

  private List<ReportTable> tables(Reports reports, boolean machine) {
    ReportTables t = ReportTables.of(config, machine);
    List<ReportTable> out = new ArrayList<>();
    if (reports.compliance() != null) {
      out.add(t.compliance(reports.compliance(), by));
    }
    if (reports.trend() != null) {
      out.add(t.trend(reports.trend()));
    }
    if (reports.heatMap() != null) {
      out.add(t.heatMap(reports.heatMap()));
    }
    if (reports.about() != null) {
      out.add(t.about(reports.about()));
    }
    return out;
  }

  void text(Reports reports, PrintWriter out) {
    out.println(title());
    for (ReportTable table : tables(reports, false)) {
      out.println();
      text(table, out);
    }
  }

  void html(Reports reports, PrintWriter out) {
    ReportHtml.start(title(), out);
    tables(reports, false).forEach(t -> ReportHtml.table(t, out));
    ReportHtml.end(out);
  }

  void csv(Reports reports, PrintWriter out) {
    tables(reports, true).forEach(t -> csv(t, out));
  }

  private String statementTitle(String customer, CustomerStatement s) {
    return "SLA statement for "
        + customer
        + ", "
        + s.policy().name()
        + ", "
        + period.startInclusive().atZone(zone).toLocalDate()
        + " to "
        + period.endExclusive().atZone(zone).toLocalDate().minusDays(1)
        + " ("
        + zone
        + ")";
  }

  private String feeLine(CustomerStatement s) {
    String currency = s.policy().credits().currency();
    return "Monthly fee: "
        + (s.monthlyFee() == null
            ? "-"
            : (currency.isEmpty() ? "" : currency + " ") + s.monthlyFee().toPlainString())
        + "; open cycles measured at "
        + now;
  }

  void statementsText(String customer, List<CustomerStatement> statements, PrintWriter out) {
    ReportTables t = ReportTables.of(config, false);
    boolean first = true;
    for (CustomerStatement s : statements) {
      if (!first) {
        out.println();
      }
      first = false;
      out.println(statementTitle(customer, s));
      out.println(feeLine(s));
      for (ReportTable table :
          List.of(t.statementMetrics(s), t.statementBreaches(s), t.statementCredits(s))) {
        out.println();
        text(table, out);
      }
    }
  }

  void statementsHtml(String customer, List<CustomerStatement> statements, PrintWriter out) {
    ReportTables t = ReportTables.of(config, false);
    ReportHtml.start("SLA statement for " + customer, out);
    for (CustomerStatement s : statements) {
      out.println("<h2>" + ReportHtml.escape(statementTitle(customer, s)) + "</h2>");
      out.println("<p>" + ReportHtml.escape(feeLine(s)) + "</p>");
      ReportHtml.table(t.statementMetrics(s), out);
      ReportHtml.table(t.statementBreaches(s), out);
      ReportHtml.table(t.statementCredits(s), out);
    }
    ReportHtml.end(out);
  }

  /** One row per metric, breach, credit line and total, each tagged with its kind. */
  void statementsCsv(List<CustomerStatement> statements, PrintWriter out) {
    out.print(ReportCsv.statements(statements, ReportTables.of(config, true)));
  }

  private static void text(ReportTable table, PrintWriter out) {
    out.println(table.title());
    int[] widths = new int[table.header().size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = table.header().get(i).length();
    }
    for (List<String> row : table.rows()) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    int gap = table.shaded() ? 1 : 2;
    line(out, table.header(), widths, gap);
    for (List<String> row : table.rows()) {
      line(out, row, widths, gap);
    }
    if (table.rows().isEmpty()) {
      out.println("(none in the period)");
    }
  }

  private static void line(PrintWriter out, List<String> cells, int[] widths, int gap) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      b.append(cells.get(i));
      if (i < cells.size() - 1) {
        b.append(" ".repeat(widths[i] - cells.get(i).length() + gap));
      }
    }
    out.println(b.toString().stripTrailing());
  }

  private static void csv(ReportTable table, PrintWriter out) {
    out.print(ReportCsv.of(table));
  }
}
