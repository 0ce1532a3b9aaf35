package org.slaclocks.cli.replay;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.slaclocks.cli.jira.ExportPipeline;
import org.slaclocks.cli.jira.ReadProgress;
import org.slaclocks.cli.jira.ReaderOptions;
import org.slaclocks.format.PolicyJson;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.validation.ValidationException;
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
      names = "--policies",
      required = true,
      paramLabel = "FILE",
      description = "Policy file (JSON, see docs/policy-format.md).")
  Path policies;

  @Option(
      names = "--issues",
      required = true,
      paramLabel = "FILE",
      description =
          "Jira REST response with changelog, .json or gzip-compressed .json.gz; repeat for"
              + " several pages.")
  List<Path> issues;

  @Option(
      names = "--now",
      paramLabel = "INSTANT",
      description = "The instant to compute running clocks at (default: the current time).")
  String now;

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

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads computing clocks (default: one per core).")
  int threads;

  @Override
  public Integer call() throws IOException {
    Instant at;
    try {
      at = now == null ? Instant.now() : java.time.OffsetDateTime.parse(now).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--now: '" + now + "' is not an instant; write e.g. 2026-05-04T08:00:00Z");
    }
    if (triggers && summaryOnly) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--triggers and --summary-only contradict each other: choose one");
    }
    if (cycles && summaryOnly) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--cycles and --summary-only contradict each other: choose one");
    }
    if (threads < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--threads must be 1 or more, was " + threads);
    }
    SlaConfiguration config = readPolicies(policies);
    ReaderOptions options = ReaderOptions.defaults();
    for (var e : config.customFieldIds().entrySet()) {
      options = options.withCustomFieldName(e.getKey(), e.getValue());
    }
    for (Path file : issues) {
      if (!Files.exists(file)) {
        throw new IllegalArgumentException("issues file " + file + " does not exist");
      }
    }
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
      ReplayReport report =
          run.run(
              issues,
              options,
              threads == 0 ? ExportPipeline.threads() : threads,
              ReadProgress.of(err, issues, "read"));
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
                + (issues.size() == 1 ? issues.get(0) : issues.size() + " files")
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

  static SlaConfiguration readPolicies(Path file) throws IOException {
    String json;
    try {
      json = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("policy file " + file + " does not exist");
    }
    try {
      return PolicyJson.parse(json);
    } catch (ValidationException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage());
    }
  }
}
