package org.slaclocks.cli.replay;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.slaclocks.clock.Cycle;
import org.slaclocks.clock.SlaClock;

/** One CSV row per cycle (RFC 4180 quoting), for spreadsheets. */
final class ReplayCsv {
  static final List<String> HEADER =
      List.of(
          "issue",
          "policy",
          "metric",
          "cycle",
          "state",
          "start",
          "stop",
          "goal_seconds",
          "internal_target_seconds",
          "calendar",
          "elapsed_seconds",
          "remaining_seconds",
          "deadline",
          "breached",
          "breach_at",
          "at_risk",
          "pauses");

  private ReplayCsv() {}

  static void writeHeader(PrintWriter out) {
    out.print(String.join(",", HEADER) + "\r\n");
  }

  /** The issue's rows, each ended by CRLF. */
  static String render(ReplayReport.IssueResult issue) {
    StringBuilder rows = new StringBuilder();
    for (SlaClock clock : issue.shown()) {
      for (Cycle cycle : clock.cycles()) {
        List<String> cells =
            List.of(
                issue.history().key(),
                issue.policy().id(),
                clock.metricId(),
                Integer.toString(cycle.index()),
                cycle.state().name(),
                text(cycle.start()),
                text(cycle.stop()),
                Long.toString(cycle.goal().target().getSeconds()),
                cycle.goal().internalTarget() == null
                    ? ""
                    : Long.toString(cycle.goal().internalTarget().getSeconds()),
                cycle.goal().calendar(),
                Long.toString(cycle.elapsed().getSeconds()),
                Long.toString(cycle.remaining().getSeconds()),
                text(cycle.deadline()),
                Boolean.toString(cycle.isBreached()),
                text(cycle.breachAt()),
                Boolean.toString(cycle.isAtRisk()),
                cycle.pauses().stream().map(ReplayTable::pause).collect(Collectors.joining("; ")));
        rows.append(cells.stream().map(ReplayCsv::quote).collect(Collectors.joining(",")))
            .append("\r\n");
      }
    }
    return rows.toString();
  }

  private static String text(Instant instant) {
    return instant == null ? "" : instant.toString();
  }

  /** A cell as CSV, by the one rule of every CSV the project writes. */
  static String quote(String cell) {
    return org.slaclocks.web.report.ReportCsv.quote(cell);
  }
}
