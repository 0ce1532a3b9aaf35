package org.slaclocks.cli.replay;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.slaclocks.cli.jira.ReaderOptions;
import org.slaclocks.history.FieldNames;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.policy.SlaPolicy;
import org.slaclocks.report.AboutToBreach;
import org.slaclocks.report.BreachHeatMap;
import org.slaclocks.report.ComplianceReport;
import org.slaclocks.report.CustomerStatement;
import org.slaclocks.report.Dimension;
import org.slaclocks.report.Period;
import org.slaclocks.report.ReportCycle;
import org.slaclocks.report.WeeklyTrend;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sla report}: compliance reports and customer statements over a period of an export. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Replays the issues of Jira REST exports under a policy file, as sla replay does, and reports"
          + " on the cycles of a period: compliance per metric (optionally by priority, policy or a"
          + " field), the trend per ISO week, breaches by weekday and hour, and the clocks about to"
          + " breach; with --customer, that customer's statement with the service credits its"
          + " policy grants.",
      "A met or breached cycle belongs to the period its stop falls in; an open cycle already late"
          + " to the period of its breach; open cycles are shown beside (docs/reports.md).",
      "Exit status: 0 when at least one issue was replayed, 1 when nothing could be read or a file"
          + " is missing or invalid, 2 for bad arguments."
    })
public final class ReportCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format {
    text,
    html,
    csv
  }

  /** The reports {@code --report} chooses from. */
  enum Report {
    all,
    compliance,
    trend,
    heatmap,
    about
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "DATE",
      description = "First day of the period (2026-03-01), from midnight in --zone.")
  String from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "DATE",
      description = "Last day of the period, included (2026-03-31).")
  String to;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      defaultValue = "UTC",
      description = "Time zone of the period's days and of the weeks (default UTC).")
  String zone;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (default), html (one page of tables) or csv (one report, see --report).")
  Format format;

  @Option(
      names = "--report",
      paramLabel = "REPORT",
      defaultValue = "all",
      description =
          "all (default; not with csv), compliance, trend, heatmap or about (about to breach).")
  Report report;

  @Option(
      names = "--by",
      paramLabel = "DIMENSION",
      description =
          "Break compliance down by priority, policy, or a field's name (Organization), as it was"
              + " when each cycle started.")
  String by;

  @Option(
      names = "--customer",
      paramLabel = "NAME",
      description =
          "Print this customer's statement (goals, results, breaches, credits) under every policy"
              + " with credits, instead of the reports.")
  String customer;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "20",
      description = "How many clocks the about-to-breach list shows (default 20).")
  int limit;

  @CommandLine.Mixin ExportInput input;

  @Override
  public Integer call() throws IOException {
    ZoneId days;
    try {
      days = ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw bad("--zone: '" + zone + "' is not a time zone; write e.g. Europe/Amsterdam or UTC");
    }
    if (date("--to", to).isBefore(date("--from", from))) {
      throw bad("--to " + to + " is before --from " + from);
    }
    Period period = Period.ofDays(date("--from", from), date("--to", to).plusDays(1), days);
    Instant at = input.at(spec.commandLine());
    if (limit < 1) {
      throw bad("--limit must be 1 or more, was " + limit);
    }
    input.checkThreads(spec.commandLine());
    if (format == Format.csv && report == Report.all && customer == null) {
      throw bad(
          "--format csv writes one report: choose it with --report compliance, trend, heatmap or"
              + " about");
    }
    if (customer != null && report != Report.all) {
      throw bad("--customer prints a statement: leave --report out");
    }
    SlaConfiguration config = input.configuration();
    List<SlaPolicy> withCredits =
        config.policies().stream().filter(p -> !p.credits().isEmpty()).toList();
    if (customer != null && withCredits.isEmpty()) {
      throw new IllegalArgumentException(
          input.policies
              + ": no policy has credits, so there is no statement to print; see"
              + " docs/policy-format.md");
    }
    Dimension dimension = by == null ? Dimension.NONE : Dimension.parse(by);
    Set<String> fields = new LinkedHashSet<>();
    fields.add(FieldNames.PRIORITY);
    if (by != null && !by.equals("policy")) {
      fields.add(FieldNames.canonical(by));
    }
    withCredits.forEach(p -> fields.add(FieldNames.canonical(p.credits().customerField())));
    ReaderOptions options = input.readerOptions(config);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReplayRun run = new ReplayRun(config, at, ReplayRun.Cycles.NONE, false, fields);
    try {
      ReplayReport replay = input.replay(run, options, err);
      run.unresolvedExclusions().forEach(warning -> err.println("sla: " + warning));
      replay.failures().forEach(f -> err.println("sla: skipped " + f));
      if (replay.isNothingRead()) {
        err.println("sla: nothing could be read from the issues files");
        err.flush();
        return 1;
      }
      Iterable<ReportCycle> cycles = run.reportCycles();
      ReportOutput output =
          new ReportOutput(config, period, days, at, replay.replayed(), dimension, by);
      if (customer != null) {
        List<CustomerStatement> statements = new ArrayList<>();
        for (SlaPolicy policy : withCredits) {
          statements.add(CustomerStatement.of(customer, policy, period, cycles));
        }
        if (statements.stream()
            .allMatch(s -> s.metrics().stream().allMatch(m -> m.counts().isEmpty()))) {
          err.println(
              "sla: customer '"
                  + customer
                  + "' has no cycle in the period under any policy with"
                  + " credits (is the name spelt as in the customer field?)");
        }
        switch (format) {
          case text -> output.statementsText(customer, statements, out);
          case html -> output.statementsHtml(customer, statements, out);
          case csv -> output.statementsCsv(statements, out);
        }
      } else {
        List<String> order = new ArrayList<>();
        config.policies().forEach(p -> p.metrics().forEach(m -> order.add(p.id() + "/" + m.id())));
        ReportOutput.Reports reports =
            new ReportOutput.Reports(
                report == Report.all || report == Report.compliance
                    ? ComplianceReport.of(cycles, period, dimension, order)
                    : null,
                report == Report.all || report == Report.trend
                    ? WeeklyTrend.of(cycles, period, days, order)
                    : null,
                report == Report.all || report == Report.heatmap
                    ? BreachHeatMap.of(cycles, period)
                    : null,
                report == Report.all || report == Report.about
                    ? AboutToBreach.of(cycles, at, limit)
                    : null);
        switch (format) {
          case text -> output.text(reports, out);
          case html -> output.html(reports, out);
          case csv -> output.csv(reports, out);
        }
      }
      out.flush();
      return 0;
    } finally {
      run.close();
    }
  }

  private LocalDate date(String option, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw bad(option + ": '" + text + "' is not a date; write e.g. 2026-03-01");
    }
  }

  private CommandLine.ParameterException bad(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
