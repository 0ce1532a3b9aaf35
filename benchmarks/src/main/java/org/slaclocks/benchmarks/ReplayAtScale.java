package org.slaclocks.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slaclocks.cli.SlaCommand;
import org.slaclocks.cli.jira.ExportIssue;
import org.slaclocks.cli.jira.JiraExportReader;
import org.slaclocks.cli.jira.JiraExportStream;
import org.slaclocks.cli.jira.ReadProgress;
import org.slaclocks.cli.jira.ReaderOptions;
import org.slaclocks.format.Json;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.tracking.ClockEngine;
import org.slaclocks.tracking.JqlScope;

/**
 * {@code sla replay} of a generated export beside what the machine allows, in one run: a bare
 * Jackson read of the same file (a tree per issue, nothing else), the engine's compute time alone
 * (one thread, on histories mapped outside the timing), and the replay through the command line.
 * Arguments: {@code FILE [--issues N] [--seed S] [--runs R]}; the file is generated with {@code sla
 * sample} when missing. Run from the project directory (it reads the example policies).
 */
public final class ReplayAtScale {
  static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");

  private ReplayAtScale() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int issues = 100_000;
    long seed = 7;
    int runs = 3;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--issues" -> issues = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    AtScaleArguments.printMachine();
    if (!Files.exists(file)) {
      long start = System.nanoTime();
      int status =
          SlaCommand.run(
              new StringReader(""),
              new PrintWriter(System.out, true),
              new PrintWriter(System.err, true),
              "sample",
              "--issues",
              Integer.toString(issues),
              "--seed",
              Long.toString(seed),
              "--output",
              file.toString());
      if (status != 0) {
        throw new IllegalStateException("sla sample failed: " + status);
      }
      System.out.printf(Locale.ROOT, "generated in %.1f s%n", seconds(start));
    }
    System.out.printf(Locale.ROOT, "%s: %,d bytes%n", file, Files.size(file));
    SlaConfiguration config = AtScaleArguments.helpdeskPolicies();
    for (int run = 1; run <= runs; run++) {
      double read = bareRead(file);
      double compute = computeOnly(file, config);
      double replay = replay(file);
      System.out.printf(
          Locale.ROOT,
          "run %d: bare read %.2f s, compute %.2f s, sum %.2f s; sla replay %.2f s = %.2fx the"
              + " sum%n",
          run,
          read,
          compute,
          read + compute,
          replay,
          replay / (read + compute));
    }
  }

  /** A tree per issue, as the replay's reader builds them, and nothing more. */
  static double bareRead(Path file) throws Exception {
    long start = System.nanoTime();
    long count = 0;
    try (InputStream in = JiraExportStream.open(file);
        JsonParser parser = Json.MAPPER.createParser(in)) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        if (field.equals("issues")) {
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.readValueAsTree() != null) {
              count++;
            }
          }
        } else {
          parser.skipChildren();
        }
      }
    }
    double seconds = seconds(start);
    System.out.printf(
        Locale.ROOT,
        "  bare Jackson read: %,d issues in %.2f s, %.0f MB/s%n",
        count,
        seconds,
        Files.size(file) / 1e6 / seconds);
    return seconds;
  }

  /** The engine alone, one thread: histories are mapped a thousand at a time, outside the clock. */
  static double computeOnly(Path file, SlaConfiguration config) {
    ReaderOptions options = ReaderOptions.defaults();
    for (var e : config.customFieldIds().entrySet()) {
      options = options.withCustomFieldName(e.getKey(), e.getValue());
    }
    List<IssueHistory> batch = new ArrayList<>();
    long[] nanos = {0};
    int[] count = {0};
    Runnable computeBatch =
        () -> {
          long start = System.nanoTime();
          for (IssueHistory history : batch) {
            ClockEngine.compute(config, history, config.listedDirectory(), JqlScope.UNKNOWN, NOW);
          }
          nanos[0] += System.nanoTime() - start;
          count[0] += batch.size();
          batch.clear();
        };
    JiraExportStream.read(
        List.of(file),
        options,
        ReadProgress.silent(),
        new JiraExportStream.Listener() {
          @Override
          public void issue(ExportIssue issue) {
            batch.add(issue.read().history());
            if (batch.size() == 1000) {
              computeBatch.run();
            }
          }

          @Override
          public void failure(JiraExportReader.Failure failure) {
            throw new IllegalStateException(failure.toString());
          }
        });
    computeBatch.run();
    double seconds = nanos[0] / 1e9;
    System.out.printf(
        Locale.ROOT,
        "  engine compute: %,d issues in %.2f s, %,.0f issues/s%n",
        count[0],
        seconds,
        count[0] / seconds);
    return seconds;
  }

  /** {@code sla replay} as a person runs it (the summary), in this JVM. */
  static double replay(Path file) {
    long start = System.nanoTime();
    PrintWriter out = new PrintWriter(Writer.nullWriter());
    int status =
        SlaCommand.run(
            new StringReader(""),
            out,
            new PrintWriter(System.err, true),
            "replay",
            "--policies",
            "examples/helpdesk/policies.json",
            "--issues",
            file.toString(),
            "--now",
            NOW.toString());
    if (status != 0) {
      throw new IllegalStateException("sla replay failed: " + status);
    }
    double seconds = seconds(start);
    System.out.printf(Locale.ROOT, "  sla replay: %.2f s%n", seconds);
    return seconds;
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
