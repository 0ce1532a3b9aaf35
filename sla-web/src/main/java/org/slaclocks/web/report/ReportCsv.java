package org.slaclocks.web.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slaclocks.report.CustomerStatement;

/**
 * Reports as CSV, as {@code sla report --format csv} writes them and the pages download them: the
 * machine style's header and rows, CRLF line ends, cells that would run as spreadsheet formulas
 * quoted.
 */
public final class ReportCsv {
  private ReportCsv() {}

  /** One table: its header, then its rows. */
  public static String of(ReportTable table) {
    StringBuilder out = new StringBuilder();
    row(out, table.header());
    table.rows().forEach(r -> row(out, r));
    return out.toString();
  }

  /**
   * Statements as one table: a row per metric, breach, credit line and total, each tagged with its
   * kind ({@code tables} in the machine style).
   */
  public static String statements(List<CustomerStatement> statements, ReportTables tables) {
    StringBuilder out = new StringBuilder();
    row(
        out,
        List.of(
            "policy",
            "kind",
            "metric",
            "issue",
            "goal",
            "met",
            "breached",
            "compliance",
            "breached_at",
            "stopped",
            "overrun_seconds",
            "description",
            "amount"));
    for (CustomerStatement s : statements) {
      String policy = s.policy().id();
      for (List<String> m : tables.statementMetrics(s).rows()) {
        row(out, cells(policy, "metric", m.get(0), "", m.get(1), m.get(2), m.get(3), m.get(4)));
      }
      for (List<String> b : tables.statementBreaches(s).rows()) {
        row(
            out,
            cells(
                policy, "breach", b.get(1), b.get(0), b.get(2), "", "", "", b.get(3), b.get(4),
                b.get(5)));
      }
      for (CustomerStatement.CreditLine line : s.credits()) {
        row(
            out,
            total(
                policy,
                "credit",
                line.metricId(),
                line.description(),
                line.amount().toPlainString()));
      }
      row(out, total(policy, "earned", "", "", s.earned().toPlainString()));
      if (s.cap() != null) {
        row(out, total(policy, "cap", "", "", s.cap().toPlainString()));
      }
      row(out, total(policy, "credit_total", "", "", s.credit().toPlainString()));
    }
    return out.toString();
  }

  /** The given cells, then empty ones up to the 13 columns. */
  private static List<String> cells(String... given) {
    List<String> out = new ArrayList<>(List.of(given));
    while (out.size() < 13) {
      out.add("");
    }
    return out;
  }

  private static List<String> total(
      String policy, String kind, String metric, String description, String amount) {
    List<String> out = cells(policy, kind, metric);
    out.set(11, description);
    out.set(12, amount);
    return out;
  }

  private static void row(StringBuilder out, List<String> cells) {
    out.append(cells.stream().map(ReportCsv::quote).collect(Collectors.joining(",")))
        .append("\r\n");
  }

  /** A cell as CSV: quoted when it holds a separator or quote, or would run as a formula. */
  public static String quote(String cell) {
    if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
      return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
    // a leading = + - @ would run as a formula in a spreadsheet
    if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-\\d+")) {
      return "\"'" + cell + "\"";
    }
    return cell;
  }
}
