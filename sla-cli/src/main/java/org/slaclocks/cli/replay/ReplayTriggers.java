package org.slaclocks.cli.replay;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slaclocks.policy.AlertRule;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.tracking.AlertDue;
import org.slaclocks.tracking.ClockAlerts;

/**
 * {@code --triggers}: every reminder and escalation that would have fired up to the replay's now,
 * and, for open cycles, the next one of each rule if nothing changes. A firing is "fired" when due
 * at or before now (the job fires what is due when it runs).
 */
final class ReplayTriggers {
  static final String[] HEADER = {
    "ISSUE", "METRIC", "#", "TRIGGER", "KIND", "LEVEL", "DUE", "LOCAL", "ACTIONS"
  };
  static final List<String> CSV_HEADER =
      List.of(
          "issue",
          "policy",
          "metric",
          "cycle",
          "trigger",
          "rule",
          "kind",
          "level",
          "occurrence",
          "status",
          "due",
          "due_local",
          "calendar",
          "actions");

  /** The calendar's local time, with its offset: {@code 2026-01-09T16:30+01:00}. */
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private ReplayTriggers() {}

  /** One firing of an issue, fired ({@code upcoming} false) or still to come. */
  record Row(String issue, String policy, AlertDue due, String local, boolean upcoming) {
    String kind() {
      return due.rule().kind() == AlertRule.Kind.REMINDER ? "reminder" : "escalation";
    }

    String level() {
      return due.rule().level() == 0 ? "" : Integer.toString(due.rule().level());
    }

    String status() {
      return upcoming ? "upcoming" : "fired";
    }
  }

  /** The issue's firings up to {@code now}, then those to come, each by due instant. */
  static List<Row> rows(
      String issue, String policy, List<ClockAlerts> alerts, Instant now, SlaConfiguration config) {
    List<Row> fired = new ArrayList<>();
    List<Row> upcoming = new ArrayList<>();
    for (ClockAlerts clock : alerts) {
      for (AlertDue due : clock.dueUntil(now)) {
        fired.add(new Row(issue, policy, due, local(due, config), false));
      }
      for (AlertDue due : clock.upcoming(now)) {
        upcoming.add(new Row(issue, policy, due, local(due, config), true));
      }
    }
    fired.addAll(upcoming);
    return fired;
  }

  private static String local(AlertDue due, SlaConfiguration config) {
    ZoneId zone = config.calendar(due.calendar()).zone();
    return LOCAL.format(due.dueAt().atZone(zone));
  }

  /** The table's cells of a row. */
  static String[] cells(Row row) {
    return new String[] {
      row.issue(),
      row.due().metricId(),
      Integer.toString(row.due().cycleIndex()),
      row.due().triggerId(),
      row.kind(),
      row.level().isEmpty() ? "-" : row.level(),
      row.due().dueAt().toString(),
      row.local() + " " + row.due().calendar(),
      row.due().rule().describeActions()
    };
  }

  /** One issue's table lines (cells split by {@link ReplayTable#CELL}): fired, then upcoming. */
  record Rendered(String fired, String upcoming, int[] widths) {}

  static Rendered renderTable(List<Row> rows) {
    StringBuilder fired = new StringBuilder();
    StringBuilder upcoming = new StringBuilder();
    int[] widths = new int[HEADER.length];
    for (Row row : rows) {
      String[] cells = cells(row);
      StringBuilder to = row.upcoming() ? upcoming : fired;
      for (int i = 0; i < cells.length; i++) {
        widths[i] = Math.max(widths[i], cells[i].length());
        to.append(cells[i]).append(i < cells.length - 1 ? ReplayTable.CELL : '\n');
      }
    }
    return new Rendered(fired.toString(), upcoming.toString(), widths);
  }

  static int[] headerWidths() {
    int[] widths = new int[HEADER.length];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = HEADER[i].length();
    }
    return widths;
  }

  /** The two tables: what fired up to now, then what is to come; {@code widths} fit them all. */
  static void writeTable(
      Instant now,
      int[] widths,
      int rules,
      Iterable<String> fired,
      Iterable<String> upcoming,
      PrintWriter out) {
    if (rules == 0) {
      out.println("Reminders and escalations: the policy file has none (docs/policy-format.md)");
      return;
    }
    out.println("Reminders and escalations fired up to " + now);
    ReplayTable.line(out, HEADER, widths);
    lines(fired, widths, out);
    out.println();
    out.println("Upcoming after " + now + " (the next of each, if nothing changes)");
    ReplayTable.line(out, HEADER, widths);
    lines(upcoming, widths, out);
  }

  private static void lines(Iterable<String> parts, int[] widths, PrintWriter out) {
    boolean none = true;
    for (String part : parts) {
      for (String row : part.split("\n")) {
        if (!row.isEmpty()) {
          ReplayTable.line(out, row.split(String.valueOf(ReplayTable.CELL), -1), widths);
          none = false;
        }
      }
    }
    if (none) {
      out.println("(none)");
    }
  }

  static void writeCsvHeader(PrintWriter out) {
    out.print(String.join(",", CSV_HEADER) + "\r\n");
  }

  /** The issue's CSV rows, each ended by CRLF. */
  static String renderCsv(List<Row> rows) {
    StringBuilder out = new StringBuilder();
    for (Row row : rows) {
      List<String> cells =
          List.of(
              row.issue(),
              row.policy(),
              row.due().metricId(),
              Integer.toString(row.due().cycleIndex()),
              row.due().triggerId(),
              row.due().rule().id(),
              row.kind(),
              row.level(),
              Integer.toString(row.due().occurrence()),
              row.status(),
              row.due().dueAt().toString(),
              row.local(),
              row.due().calendar(),
              row.due().rule().describeActions());
      out.append(cells.stream().map(ReplayCsv::quote).collect(Collectors.joining(",")))
          .append("\r\n");
    }
    return out.toString();
  }
}
