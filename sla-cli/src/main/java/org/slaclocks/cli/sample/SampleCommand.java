package org.slaclocks.cli.sample;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sla sample}: the sample helpdesk at any size, to try the tool on. */
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a sample helpdesk as a Jira REST search response with expand=changelog,names"
          + " (docs/sample-helpdesk.md): the same seed and size give the same bytes anywhere.",
      "Replay it with the example policies: sla replay --policies examples/helpdesk/policies.json"
          + " --issues FILE"
    })
public final class SampleCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--issues",
      paramLabel = "N",
      description = "How many issues (default: ${DEFAULT-VALUE}, the bundled sample's).")
  int issues = SampleHelpdesk.DEFAULT_ISSUE_COUNT;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Any number; the same seed gives the same sample (default: ${DEFAULT-VALUE}).")
  long seed = SampleHelpdesk.DEFAULT_SEED;

  @Option(
      names = "--from",
      paramLabel = "INSTANT",
      description =
          "The first creation instant; issues are created over 16 weeks and the export is taken"
              + " a week later (default: ${DEFAULT-VALUE}).")
  String from = SampleHelpdesk.DEFAULT_FROM.toString();

  @Option(
      names = "--project",
      paramLabel = "KEY",
      description = "HELP (the helpdesk, default) or OPS (the operations desk).")
  String project = SampleProject.HELPDESK.key();

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output; gzip-compressed if it ends in .gz.")
  Path output;

  @Override
  public Integer call() throws IOException {
    if (issues < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--issues must not be negative, was " + issues);
    }
    Instant start;
    try {
      start = OffsetDateTime.parse(from).toInstant();
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--from: '" + from + "' is not an instant; write e.g. 2026-01-05T08:00:00Z");
    }
    SampleProject sampleProject;
    try {
      sampleProject = SampleProject.byKey(project);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--project: " + e.getMessage());
    }
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      SampleHelpdesk.write(sampleProject, seed, issues, start, out);
      out.flush();
      return 0;
    }
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16);
        OutputStream bytes =
            output.getFileName().toString().endsWith(".gz")
                ? new GZIPOutputStream(file, 1 << 16)
                : file;
        Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      SampleHelpdesk.write(sampleProject, seed, issues, start, out);
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println("sla: wrote " + issues + " issues (seed " + seed + ") to " + output);
    err.flush();
    return 0;
  }
}
