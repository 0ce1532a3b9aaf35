package org.slaclocks.cli.replay;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slaclocks.clock.Cycle;
import org.slaclocks.clock.Pause;
import org.slaclocks.clock.SlaClock;
import org.slaclocks.policy.Durations;

/** The human-readable replay: one line per cycle, its pauses, then the compliance summary. */
final class ReplayTable {
  private static final String[] CYCLE_HEADER = {
    "ISSUE",
    "POLICY",
    "METRIC",
    "#",
    "STATE",
    "START",
    "STOP",
    "GOAL",
    "CALENDAR",
    "ELAPSED",
    "REMAINING",
    "DEADLINE",
    "BREACHED"
  };
  private static final String[] SUMMARY_HEADER = {
    "POLICY",
    "METRIC",
    "ISSUES",
    "MET",
    "BREACHED",
    "RUNNING",
    "PAUSED",
    "LATE (OPEN)",
    "AT RISK",
    "COMPLIANCE"
  };

  private ReplayTable() {}

  static void write(ReplayReport report, PrintWriter out, boolean summaryOnly) {
    if (!summaryOnly) {
      List<String[]> rows = new ArrayList<>();
      List<String> pauseLines = new ArrayList<>();
      for (ReplayReport.IssueResult issue : report.issues()) {
        for (SlaClock clock : issue.shown()) {
          for (Cycle cycle : clock.cycles()) {
            rows.add(
                new String[] {
                  issue.history().key(),
                  issue.policy().id(),
                  clock.metricId(),
                  Integer.toString(cycle.index()),
                  cycle.state().name(),
                  instant(cycle.start()),
                  instant(cycle.stop()),
                  Durations.format(cycle.goal().target()),
                  cycle.goal().calendar(),
                  Durations.format(cycle.elapsed()),
                  Durations.format(cycle.remaining()),
                  instant(cycle.deadline()),
                  cycle.isBreached() ? "yes, " + instant(cycle.breachAt()) : "no"
                });
            if (!cycle.pauses().isEmpty()) {
              pauseLines.add(
                  "  "
                      + issue.history().key()
                      + " "
                      + clock.metricId()
                      + " #"
                      + cycle.index()
                      + " paused: "
                      + cycle.pauses().stream()
                          .map(ReplayTable::pause)
                          .collect(Collectors.joining("; ")));
            }
          }
        }
      }
      out.println("SLA cycles at " + report.now());
      table(out, CYCLE_HEADER, rows);
      if (!pauseLines.isEmpty()) {
        out.println();
        out.println("Pauses");
        pauseLines.forEach(out::println);
      }
      out.println();
    }
    List<String[]> summary = new ArrayList<>();
    for (ReplayReport.MetricSummary s : report.summary()) {
      Double compliance = s.compliancePercent();
      summary.add(
          new String[] {
            s.policyName(),
            s.metricName(),
            Integer.toString(s.issues()),
            Integer.toString(s.met()),
            Integer.toString(s.breached()),
            Integer.toString(s.running()),
            Integer.toString(s.paused()),
            Integer.toString(s.openBreached()),
            Integer.toString(s.atRisk()),
            compliance == null ? "-" : compliance + "%"
          });
    }
    out.println(
        "Compliance summary at "
            + report.now()
            + " ("
            + report.issues().size()
            + " issues replayed)");
    table(out, SUMMARY_HEADER, summary);
    if (!report.undetermined().isEmpty()) {
      out.println();
      out.println("Not replayed (policy cannot be determined offline)");
      report.undetermined().forEach(s -> out.println("  " + s.key() + ": " + s.reason()));
    }
    if (!report.failures().isEmpty()) {
      out.println();
      out.println("Skipped (could not be read)");
      report.failures().forEach(f -> out.println("  " + f));
    }
  }

  static String pause(Pause pause) {
    return pause.cause()
        + " "
        + instant(pause.startInclusive())
        + " - "
        + (pause.endExclusive() == null ? "now" : instant(pause.endExclusive()));
  }

  static String instant(Instant instant) {
    return instant == null ? "-" : instant.toString();
  }

  private static void table(PrintWriter out, String[] header, List<String[]> rows) {
    int[] widths = new int[header.length];
    for (int i = 0; i < header.length; i++) {
      widths[i] = header[i].length();
    }
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    line(out, header, widths);
    for (String[] row : rows) {
      line(out, row, widths);
    }
  }

  private static void line(PrintWriter out, String[] cells, int[] widths) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      b.append(cells[i]);
      if (i < cells.length - 1) {
        b.append(" ".repeat(widths[i] - cells[i].length() + 2));
      }
    }
    out.println(b.toString().stripTrailing());
  }
}
