package org.slaclocks.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slaclocks.cli.SlaCommand;
import org.slaclocks.clock.SlaClock;
import org.slaclocks.tracking.ClockRepository;

/**
 * A load stores its issues {@link SandboxTracking#BATCH} at a time; every issue of every batch, the
 * last and partial one included, must be stored as {@code sla replay} computes it.
 */
class SandboxTrackingTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Two full batches and part of a third. */
  private static final int ISSUES = 2 * SandboxTracking.BATCH + 234;

  @TempDir static Path files;
  @TempDir Path data;

  private static Path export;

  @BeforeAll
  static void generateExport() {
    export = files.resolve("helpdesk.json.gz");
    sla(
        "sample",
        "--issues",
        Integer.toString(ISSUES),
        "--seed",
        "7",
        "--output",
        export.toString());
  }

  @Test
  void aLoadOfMoreIssuesThanOneBatchStoresEveryIssueAsSlaReplayComputesIt() throws Exception {
    // Half the issues are not created yet: they get no clocks, and the batches skip them.
    Instant now = Instant.parse("2026-03-02T11:00:00Z");
    Map<String, List<String>> replay =
        LiveEqualsReplayTest.described(
            JSON.readTree(
                sla(
                    "replay",
                    "--policies",
                    Samples.POLICIES.toString(),
                    "--issues",
                    export.toString(),
                    "--now",
                    now.toString(),
                    "--format",
                    "json")));
    Map<String, List<String>> live = new LinkedHashMap<>();
    int created = 0;
    try (SandboxDatabase db = SandboxDatabase.open(data)) {
      SandboxInput input = SandboxInput.read(Samples.POLICIES, List.of(export));
      assertThat(input.issues().size()).isEqualTo(ISSUES);
      SandboxTracking tracking = new SandboxTracking(db.activeObjects(), input.issues());
      tracking.install(input, now);
      SandboxTracking.Computed computed = tracking.computeAll(now);
      assertThat(computed.notComputed()).isEmpty();
      for (LoadedIssues.Issue issue : input.issues().all()) {
        if (issue.history().createdAt().isAfter(now)) {
          assertThat(tracking.clocks().load(issue.id())).as(issue.key()).isEmpty();
          continue;
        }
        created++;
        ClockRepository.Stored stored = tracking.clocks().load(issue.id()).orElseThrow();
        List<String> clocks = new ArrayList<>();
        for (SlaClock clock : stored.clocks().at(now, tracking.configuration())) {
          if (!clock.cycles().isEmpty()) {
            clocks.add(LiveEqualsReplayTest.describe(clock));
          }
        }
        clocks.sort(null);
        live.put(issue.key(), clocks);
      }
      assertThat(computed.stored()).isEqualTo(created);
      assertThat(computed.notYetCreated()).isEqualTo(ISSUES - created);
    }
    assertThat(created).isGreaterThan(SandboxTracking.BATCH);
    live.values().removeIf(List::isEmpty);
    replay.values().removeIf(List::isEmpty);
    assertThat(live).isNotEmpty();
    assertThat(live.keySet()).isEqualTo(replay.keySet());
    List<String> differences = new ArrayList<>();
    for (String key : live.keySet()) {
      if (!live.get(key).equals(replay.get(key))) {
        differences.add(key + "\n  stored: " + live.get(key) + "\n  replay: " + replay.get(key));
      }
    }
    assertThat(differences).as("issues stored otherwise than sla replay computes").isEmpty();
  }

  /** Runs an {@code sla} command; its standard output, after checking that it succeeded. */
  private static String sla(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        SlaCommand.run(new StringReader(""), new PrintWriter(out), new PrintWriter(err), args);
    assertThat(status).as(err.toString()).isZero();
    return out.toString();
  }
}
