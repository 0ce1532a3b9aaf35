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

/**
 * The human-readable replay: the compliance summary first, with what was not replayed; then, when
 * asked for, one line per cycle and the pauses.
 */
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

  /** One issue's cycle rows (cells split by {@link #CELL}, rows by newlines) and pause lines. */
  record Rendered(String rows, String pauses, int[] widths) {}

  static final char CELL = '\u001f';

  static int columns() {
    return CYCLE_HEADER.length;
  }

  /** The issue's rows and pause lines, and the width each column needs for them. */
  static Rendered render(ReplayReport.IssueResult issue) {
    StringBuilder rows = new StringBuilder();
    StringBuilder pauses = new StringBuilder();
    int[] widths = new int[CYCLE_HEADER.length];
    for (SlaClock clock : issue.shown()) {
      for (Cycle cycle : clock.cycles()) {
        String[] cells = {
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
        };
        for (int i = 0; i < cells.length; i++) {
          widths[i] = Math.max(widths[i], cells[i].length());
          rows.append(cells[i]).append(i < cells.length - 1 ? CELL : '\n');
        }
        if (!cycle.pauses().isEmpty()) {
          pauses
              .append("  ")
              .append(issue.history().key())
              .append(' ')
              .append(clock.metricId())
              .append(" #")
              .append(cycle.index())
              .append(" paused: ")
              .append(
                  cycle.pauses().stream().map(ReplayTable::pause).collect(Collectors.joining("; ")))
              .append('\n');
        }
      }
    }
    return new Rendered(rows.toString(), pauses.toString(), widths);
  }

  /** The widths of the header, for {@link #writeCycles}: to be widened by every issue's. */
  static int[] headerWidths() {
    int[] widths = new int[CYCLE_HEADER.length];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = CYCLE_HEADER[i].length();
    }
    return widths;
  }

  /**
   * The cycle table: {@code rows} and then {@code pauses} give each issue's rendered parts in key
   * order; {@code widths} fit them all.
   */
  static void writeCycles(
      Instant now, int[] widths, Iterable<String> rows, Iterable<String> pauses, PrintWriter out) {
    out.println("SLA cycles at " + now);
    line(out, CYCLE_HEADER, widths);
    for (String issueRows : rows) {
      for (String row : issueRows.split("\n")) {
        if (!row.isEmpty()) {
          line(out, row.split(String.valueOf(CELL), -1), widths);
        }
      }
    }
    boolean first = true;
    for (String lines : pauses) {
      if (lines.isEmpty()) {
        continue;
      }
      if (first) {
        out.println();
        out.println("Pauses");
        first = false;
      }
      out.print(lines.replace("\n", System.lineSeparator()));
    }
  }

  /** The summary, then what was not replayed or read. */
  static void writeSummary(ReplayReport report, PrintWriter out) {
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
        "Compliance summary at " + report.now() + " (" + report.replayed() + " issues replayed)");
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

  static void line(PrintWriter out, String[] cells, int[] widths) {
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
