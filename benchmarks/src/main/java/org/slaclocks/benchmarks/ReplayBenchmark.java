package org.slaclocks.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.slaclocks.cli.jira.JiraExportReader;
import org.slaclocks.cli.jira.ReaderOptions;
import org.slaclocks.cli.sample.SampleHelpdesk;
import org.slaclocks.format.PolicyJson;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.tracking.ClockEngine;
import org.slaclocks.tracking.JqlScope;

/**
 * Replay throughput on the sample helpdesk (300 issues, about 20 changes each, 4 metrics per
 * policy): parsing the Jira export alone, and parsing plus computing every clock. Reported per
 * export; divide 300 by the time for issues per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ReplayBenchmark {
  static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");

  String export;
  SlaConfiguration config;
  ReaderOptions options;
  java.util.List<IssueHistory> parsed;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    export = SampleHelpdesk.generate(SampleHelpdesk.DEFAULT_SEED, 300, SampleHelpdesk.DEFAULT_FROM);
    Path root = Path.of("").toAbsolutePath();
    while (!Files.exists(root.resolve("examples/helpdesk/policies.json"))) {
      root = root.getParent();
    }
    config = PolicyJson.parse(Files.readString(root.resolve("examples/helpdesk/policies.json")));
    options = ReaderOptions.defaults();
    parsed = JiraExportReader.read(export, "sample", options).issues();
  }

  /** Only the clocks, on histories parsed once: where the replay's own time goes. */
  @Benchmark
  public void computeOnly(Blackhole hole) {
    for (IssueHistory history : parsed) {
      hole.consume(
          ClockEngine.compute(config, history, config.listedDirectory(), JqlScope.UNKNOWN, NOW));
    }
  }

  @Benchmark
  public JiraExportReader.Result parseOnly() {
    return JiraExportReader.read(export, "sample", options);
  }

  @Benchmark
  public void parseAndReplay(Blackhole hole) {
    JiraExportReader.Result read = JiraExportReader.read(export, "sample", options);
    for (IssueHistory history : read.issues()) {
      hole.consume(
          ClockEngine.compute(config, history, config.listedDirectory(), JqlScope.UNKNOWN, NOW));
    }
  }
}
