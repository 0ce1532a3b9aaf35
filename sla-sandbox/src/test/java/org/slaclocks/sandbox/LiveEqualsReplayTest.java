package org.slaclocks.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slaclocks.clock.Cycle;
import org.slaclocks.clock.SlaClock;
import org.slaclocks.tracking.ClockRepository;

/**
 * The sandbox stores each issue as the live app would (computed at its last change, by the app's
 * recalculation and store) and shows it at now: what a person sees must be exactly what {@code sla
 * replay --now} computes on the same export, at any instant.
 */
class LiveEqualsReplayTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path data;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-01-20T10:15:00Z", // early: most issues not created yet
        "2026-02-17T12:00:00Z", // inside the mail-outage exclusion window
        "2026-03-29T01:30:00Z", // the EU DST night, a Sunday: calendars closed
        "2026-04-28T09:30:00Z", // Tuesday morning, EMEA office open
        "2026-05-04T08:00:00Z", // the export's instant
        "2026-07-01T00:00:00Z" // long after: every open clock breached
      })
  void storedClocksShownAtNowAreWhatSlaReplayComputes(String instant) throws Exception {
    Instant now = Instant.parse(instant);
    Map<String, List<String>> replay = replay(now);
    Map<String, List<String>> live = new LinkedHashMap<>();
    try (SandboxDatabase db = SandboxDatabase.open(data)) {
      SandboxInput input = Samples.helpdesk();
      SandboxTracking tracking = new SandboxTracking(db.activeObjects(), input.issues());
      tracking.install(input, now);
      SandboxTracking.Computed computed = tracking.computeAll(now);
      assertThat(computed.notComputed()).isEmpty();
      for (LoadedIssues.Issue issue : input.issues().all()) {
        if (issue.history().createdAt().isAfter(now)) {
          continue;
        }
        ClockRepository.Stored stored = tracking.clocks().load(issue.id()).orElseThrow();
        List<String> clocks = new ArrayList<>();
        for (SlaClock clock : stored.clocks().at(now, tracking.configuration())) {
          if (!clock.cycles().isEmpty()) {
            clocks.add(describe(clock));
          }
        }
        // Compared per metric: the store gives an issue's clocks back ordered by metric id, the
        // replay in the policy's order (the order is not part of what is stored).
        clocks.sort(null);
        live.put(issue.key(), clocks);
      }
    }
    // Issues without a started clock (none yet, or not created by now) show nothing either way.
    live.values().removeIf(List::isEmpty);
    replay.values().removeIf(List::isEmpty);
    assertThat(live).isNotEmpty();
    assertThat(live.keySet()).isEqualTo(replay.keySet());
    List<String> differences = new ArrayList<>();
    for (String key : live.keySet()) {
      if (!live.get(key).equals(replay.get(key))) {
        differences.add(key + "\n  live:   " + live.get(key) + "\n  replay: " + replay.get(key));
      }
    }
    assertThat(differences).as("issues shown otherwise than sla replay computes").isEmpty();
  }

  /** {@code sla replay --format json} on the sample, each issue's metrics described alike. */
  private static Map<String, List<String>> replay(Instant now) throws Exception {
    return described(Samples.replay(now));
  }

  /** Each issue of a replay's JSON by key, its started metrics described as {@link #describe}. */
  static Map<String, List<String>> described(JsonNode root) {
    Map<String, List<String>> issues = new LinkedHashMap<>();
    for (JsonNode issue : root.get("issues")) {
      List<String> metrics = new ArrayList<>();
      for (JsonNode metric : issue.get("metrics")) {
        if (metric.get("cycles").isEmpty()) {
          continue;
        }
        StringBuilder s = new StringBuilder();
        s.append(metric.get("metric").asText())
            .append(" within=")
            .append(metric.get("withinCalendarHours").asBoolean());
        for (JsonNode cycle : metric.get("cycles")) {
          s.append(" | #")
              .append(cycle.get("index").asInt())
              .append(' ')
              .append(cycle.get("state").asText())
              .append(" start=")
              .append(text(cycle.get("start")))
              .append(" stop=")
              .append(text(cycle.get("stop")))
              .append(" elapsed=")
              .append(cycle.get("elapsedSeconds").asLong())
              .append(" remaining=")
              .append(cycle.get("remainingSeconds").asText())
              .append(" deadline=")
              .append(text(cycle.get("deadline")))
              .append(" breachAt=")
              .append(text(cycle.get("breachAt")))
              .append(" atRiskAt=")
              .append(text(cycle.get("atRiskAt")))
              .append(" timeline=")
              .append(cycle.get("timeline").size());
        }
        metrics.add(s.toString());
      }
      metrics.sort(null);
      issues.put(issue.get("key").asText(), metrics);
    }
    return issues;
  }

  static String describe(SlaClock clock) {
    StringBuilder s = new StringBuilder();
    s.append(clock.metricId()).append(" within=").append(clock.withinCalendarHours());
    for (Cycle cycle : clock.cycles()) {
      s.append(" | #")
          .append(cycle.index())
          .append(' ')
          .append(cycle.state())
          .append(" start=")
          .append(cycle.start())
          .append(" stop=")
          .append(cycle.stop())
          .append(" elapsed=")
          .append(cycle.elapsed().toSeconds())
          .append(" remaining=")
          .append(seconds(cycle.remaining()))
          .append(" deadline=")
          .append(cycle.deadline())
          .append(" breachAt=")
          .append(cycle.breachAt())
          .append(" atRiskAt=")
          .append(cycle.atRiskAt())
          .append(" timeline=")
          .append(cycle.timeline().size());
    }
    return s.toString();
  }

  private static String seconds(Duration duration) {
    return duration == null ? "null" : Long.toString(duration.toSeconds());
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? "null" : node.asText();
  }
}
