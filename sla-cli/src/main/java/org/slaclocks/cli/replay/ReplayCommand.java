package org.slaclocks.cli.replay;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.slaclocks.cli.jira.ReaderOptions;
import org.slaclocks.policy.SlaConfiguration;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sla replay}: every SLA clock of a Jira export under a policy file. */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description = {
      "Computes every SLA clock of the issues in Jira REST exports (fetched with"
          + " expand=changelog) under a policy file, and prints the compliance summary per policy"
          + " and metric; --cycles adds every cycle, --triggers every reminder and escalation,"
          + " --format csv or json writes them for a file.",
      "Exit status: 0 when at least one issue was replayed (skipped issues are listed), 1 when"
          + " nothing could be read or a file is missing or invalid, 2 for bad arguments."
    })
public final class ReplayCommand implements Callable<Integer> {
  /** The output formats; {@code json} is stable and documented in docs/replay.md. */
  enum Format {
    table,
    json,
    csv
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description =
          "table (default: the summary), json (everything, docs/replay.md) or csv (one row per"
              + " cycle).")
  Format format;

  @Option(
      names = "--cycles",
      description = "Table format: after the summary, list every cycle and its pauses.")
  boolean cycles;

  @Option(
      names = "--triggers",
      description =
          "Also list every reminder and escalation that would have fired up to --now, and the next"
              + " of each still to come: after the summary in the table, one row per firing in"
              + " csv (instead of the cycles), beside each metric's cycles in json.")
  boolean triggers;

  @Option(
      names = "--summary-only",
      description = "Table format: only the summary (the default; kept for existing scripts).")
  boolean summaryOnly;

  @CommandLine.Mixin ExportInput input;

  @Override
  public Integer call() throws IOException {
    Instant at = input.at(spec.commandLine());
    if (triggers && summaryOnly) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--triggers and --summary-only contradict each other: choose one");
    }
    if (cycles && summaryOnly) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--cycles and --summary-only contradict each other: choose one");
    }
    input.checkThreads(spec.commandLine());
    SlaConfiguration config = input.configuration();
    ReaderOptions options = input.readerOptions(config);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReplayRun.Cycles written =
        switch (format) {
          case json -> ReplayRun.Cycles.JSON;
          case csv -> ReplayRun.Cycles.CSV;
          case table -> cycles ? ReplayRun.Cycles.TABLE : ReplayRun.Cycles.NONE;
        };
    ReplayRun run = new ReplayRun(config, at, written, triggers);
    try {
      ReplayReport report = input.replay(run, options, err);
      run.unresolvedExclusions().forEach(warning -> err.println("sla: " + warning));
      switch (format) {
        case json -> run.writeJson(report, out);
        case csv -> {
          run.writeCsv(out);
          report.failures().forEach(f -> err.println("sla: skipped " + f));
        }
        case table -> {
          ReplayTable.writeSummary(report, out);
          if (cycles) {
            out.println();
            run.writeTableCycles(out);
          }
          if (triggers) {
            out.println();
            run.writeTableTriggers(out);
          }
        }
      }
      out.flush();
      if (report.isNothingRead()) {
        err.println(
            "sla: nothing could be read from "
                + (input.issues.size() == 1 ? input.issues.get(0) : input.issues.size() + " files")
                + ": "
                + report.failures().size()
                + " skipped, the first: "
                + report.failures().get(0));
        err.flush();
        return 1;
      }
      return 0;
    } finally {
      run.close();
    }
  }
}
