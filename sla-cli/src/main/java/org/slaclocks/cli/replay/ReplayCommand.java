package org.slaclocks.cli.replay;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slaclocks.cli.jira.JiraExportReader;
import org.slaclocks.cli.jira.ReaderOptions;
import org.slaclocks.format.PolicyJson;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.policy.Exclusion;
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
          + " expand=changelog) under a policy file, and prints the cycles and a compliance"
          + " summary per policy and metric."
    })
public final class ReplayCommand implements Callable<Integer> {
  /** The output formats; {@code json} is stable and documented in docs/replay.md. */
  enum Format {
    table,
    json,
    csv
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--policies", required = true, paramLabel = "FILE", description = "Policy file.")
  Path policies;

  @Option(
      names = "--issues",
      required = true,
      paramLabel = "FILE",
      description = "Jira REST response with changelog; repeat for several pages.")
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
      description = "table (default), json or csv.")
  Format format;

  @Option(
      names = "--summary-only",
      description = "Print only the compliance summary (table format).")
  boolean summaryOnly;

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
    JiraExportReader.Result export = JiraExportReader.read(issues, options);
    config = withExclusionsResolved(config, export.issues(), spec.commandLine().getErr());
    ReplayReport report = ReplayReport.replay(config, export, at);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case json -> out.println(ReplayJson.write(report));
      case csv -> ReplayCsv.write(report, out);
      default -> ReplayTable.write(report, out, summaryOnly);
    }
    out.flush();
    return 0;
  }

  /**
   * The file's exclusions with the issue keys they name resolved to the export's issue ids (a key
   * the issue had before a move counts too); one naming an issue the export does not have applies
   * to nothing, and is reported.
   */
  static SlaConfiguration withExclusionsResolved(
      SlaConfiguration config, List<IssueHistory> histories, PrintWriter err) {
    Map<String, Long> idsByKey = new HashMap<>();
    histories.forEach(h -> idsByKey.put(h.key(), h.issueId()));
    histories.forEach(h -> h.keys().forEach(key -> idsByKey.putIfAbsent(key, h.issueId())));
    List<Exclusion> resolved = new ArrayList<>();
    for (Exclusion exclusion : config.exclusions()) {
      Exclusion read = exclusion.resolvedBy(idsByKey::get);
      if (read.isUnresolved()) {
        err.println(
            "sla: exclusion '"
                + read.id()
                + "' names issue "
                + read.issueKey()
                + ", which the export does not have: it applies to no issue");
      }
      resolved.add(read);
    }
    return config.withExclusions(resolved);
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
