package org.slaclocks.cli.replay;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.slaclocks.cli.jira.ExportPipeline;
import org.slaclocks.cli.jira.ReadProgress;
import org.slaclocks.cli.jira.ReaderOptions;
import org.slaclocks.format.PolicyJson;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.validation.ValidationException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * What {@code sla replay} and {@code sla report} read, declared once for both (a picocli mixin):
 * the policy file, the Jira exports, the instant running clocks are computed at, and how many
 * threads compute them.
 */
final class ExportInput {
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
      names = "--threads",
      paramLabel = "N",
      description = "Threads computing clocks (default: one per core).")
  int threads;

  /**
   * The {@code --now} instant, or the current time; one that is not an instant is a usage error.
   */
  Instant at(CommandLine command) {
    try {
      return now == null ? Instant.now() : OffsetDateTime.parse(now).toInstant();
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(
          command, "--now: '" + now + "' is not an instant; write e.g. 2026-05-04T08:00:00Z");
    }
  }

  /** Refuses a {@code --threads} below zero (zero is the default: one per core). */
  void checkThreads(CommandLine command) {
    if (threads < 0) {
      throw new CommandLine.ParameterException(
          command, "--threads must be 1 or more, was " + threads);
    }
  }

  /** The policy file, read and checked. */
  SlaConfiguration configuration() throws IOException {
    return readPolicies(policies);
  }

  /**
   * How the exports are read under {@code config} (its custom fields' names), once every export
   * file is known to exist.
   */
  ReaderOptions readerOptions(SlaConfiguration config) {
    ReaderOptions options = ReaderOptions.defaults();
    for (var e : config.customFieldIds().entrySet()) {
      options = options.withCustomFieldName(e.getKey(), e.getValue());
    }
    for (Path file : issues) {
      if (!Files.exists(file)) {
        throw new IllegalArgumentException("issues file " + file + " does not exist");
      }
    }
    return options;
  }

  /** Replays the exports through {@code run}, with the read's progress line on {@code err}. */
  ReplayReport replay(ReplayRun run, ReaderOptions options, PrintWriter err) {
    return run.run(
        issues,
        options,
        threads == 0 ? ExportPipeline.threads() : threads,
        ReadProgress.of(err, issues, "read"));
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
