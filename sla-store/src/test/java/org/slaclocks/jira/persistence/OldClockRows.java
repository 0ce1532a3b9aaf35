package org.slaclocks.jira.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slaclocks.clock.ClockEvent;
import org.slaclocks.clock.ClockFacts;
import org.slaclocks.clock.CycleFacts;
import org.slaclocks.clock.Goal;
import org.slaclocks.clock.Pause;

/**
 * Rows as model versions 1 and 2 wrote them, for the upgrade tests: clock snapshots taken at {@link
 * #COMPUTED} with their flags and "v":1 CYCLES documents, and the facts version 3 should read from
 * them. Issues: 101 a met first response and a running resolution; 102 a paused resolution that
 * breached before its pause; 103 only stopped cycles and a metric not started; 104 an unreadable
 * document; 105 a running clock in a calendar the configuration no longer has; 106 an issue without
 * clocks.
 */
final class OldClockRows {
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z"); // a Monday
  static final Instant COMPUTED = Instant.parse("2026-03-04T10:00:00Z");
  static final String OFFICE = "EMEA office";
  static final Instant RESOLUTION_DEADLINE = Instant.parse("2026-03-05T11:30:00Z");
  static final Instant PAUSED_BREACH = Instant.parse("2026-03-03T16:00:00Z");
  private static final ObjectMapper JSON = new ObjectMapper();

  private OldClockRows() {}

  /** The helpdesk example's policy file, as the configuration document of revision 1. */
  static Map<String, Object> configDoc() {
    String json;
    try {
      json = Files.readString(Path.of("..", "examples", "helpdesk", "policies.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Object> row = new HashMap<>();
    row.put("KIND", "configuration");
    row.put("DOC_ID", "policies");
    row.put("VERSION", 1);
    row.put("VERSION_KEY", "configuration/policies/1");
    row.put("REVISION", 1L);
    row.put("AUTHOR", "admin");
    row.put("SAVED_AT", T0.toEpochMilli());
    row.put("DOC_JSON", json);
    return row;
  }

  static List<Map<String, Object>> issueRows() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (long id = 101; id <= 106; id++) {
      Map<String, Object> row = new HashMap<>();
      row.put("ISSUE_ID", id);
      row.put("ISSUE_KEY", "HELP-" + id);
      row.put("PROJECT_KEY", "HELP");
      row.put("CONFIG_VERSION", 1L);
      row.put("COMPUTED_AT", COMPUTED.toEpochMilli());
      row.put("VERSION", 3L);
      rows.add(row);
    }
    return rows;
  }

  /** The clock rows; {@code withAtRiskFlag} for model version 2's table. */
  static List<Map<String, Object>> clockRows(boolean withAtRiskFlag) {
    List<Map<String, Object>> rows = new ArrayList<>();
    rows.add(
        row(
            101,
            "ttfr",
            0,
            "MET",
            null,
            null,
            false,
            false,
            3_600_000L,
            14_400_000L,
            snapshot("Time to first response", metFirstResponse())));
    rows.add(
        row(
            101,
            "ttr",
            0,
            "RUNNING",
            RESOLUTION_DEADLINE,
            null,
            false,
            false,
            18_000_000L,
            86_400_000L,
            snapshot("Time to resolution", runningResolution())));
    rows.add(
        row(
            102,
            "ttr",
            0,
            "PAUSED",
            null,
            PAUSED_BREACH.minus(Duration.ofHours(8)),
            true,
            true,
            90_000_000L,
            86_400_000L,
            snapshot("Time to resolution", pausedBreached())));
    rows.add(
        row(
            103,
            "ttfr",
            1,
            "BREACHED",
            null,
            null,
            true,
            true,
            7_200_000L,
            3_600_000L,
            snapshot("Time to first response", metFirstResponse(), breachedSecondResponse())));
    rows.add(
        row(
            103,
            "ttnr",
            -1,
            "NOT_STARTED",
            null,
            null,
            false,
            false,
            0L,
            null,
            snapshot("Time to next response")));
    rows.add(
        row(
            104,
            "ttr",
            0,
            "RUNNING",
            RESOLUTION_DEADLINE,
            null,
            false,
            false,
            60_000L,
            86_400_000L,
            "{\"v\":1,\"name\":\"Time to resolution\",\"cyc"));
    ObjectNode oldCalendar = runningResolution();
    ((ObjectNode) oldCalendar.get("goal")).put("calendar", "Old office");
    rows.add(
        row(
            105,
            "ttr",
            0,
            "RUNNING",
            RESOLUTION_DEADLINE,
            null,
            false,
            false,
            18_000_000L,
            86_400_000L,
            snapshot("Time to resolution", oldCalendar)));
    if (withAtRiskFlag) {
      for (Map<String, Object> row : rows) {
        row.put("AT_RISK", row.get("AT_RISK_AT") != null);
      }
    }
    return rows;
  }

  @SuppressWarnings("checkstyle:ParameterNumber")
  private static Map<String, Object> row(
      long issueId,
      String metricId,
      int cycleIndex,
      String state,
      Instant deadline,
      Instant atRiskAt,
      boolean breached,
      boolean everBreached,
      long elapsedMs,
      Long goalMs,
      String cycles) {
    Map<String, Object> row = new HashMap<>();
    row.put("ISSUE_ID", issueId);
    row.put("PROJECT_KEY", "HELP");
    row.put("POLICY_ID", "helpdesk");
    row.put("METRIC_ID", metricId);
    row.put("CYCLE_INDEX", cycleIndex);
    row.put("STATE", state);
    row.put("DEADLINE", deadline == null ? null : deadline.toEpochMilli());
    row.put("AT_RISK_AT", atRiskAt == null ? null : atRiskAt.toEpochMilli());
    row.put("BREACHED", breached);
    row.put("EVER_BREACHED", everBreached);
    row.put("WITHIN_HOURS", true);
    row.put("ELAPSED_MS", elapsedMs);
    row.put("GOAL_MS", goalMs);
    row.put("VERSION", 3L);
    row.put("CYCLES", cycles);
    return row;
  }

  private static String snapshot(String name, ObjectNode... cycles) {
    ObjectNode root = JSON.createObjectNode();
    root.put("v", 1);
    root.put("name", name);
    ArrayNode array = root.putArray("cycles");
    for (ObjectNode cycle : cycles) {
      array.add(cycle);
    }
    return root.toString();
  }

  private static ObjectNode cycle(
      int index, Instant start, Instant stop, long target, Long internal, String label) {
    ObjectNode c = JSON.createObjectNode();
    c.put("index", index);
    c.put("start", start.toEpochMilli());
    if (stop != null) {
      c.put("stop", stop.toEpochMilli());
    }
    ObjectNode goal = c.putObject("goal");
    goal.put("target", target);
    if (internal != null) {
      goal.put("internal", internal);
    }
    goal.put("calendar", OFFICE);
    goal.put("label", label);
    return c;
  }

  private static void event(ObjectNode cycle, Instant at, String type, String cause) {
    ArrayNode timeline =
        cycle.has("timeline") ? (ArrayNode) cycle.get("timeline") : cycle.putArray("timeline");
    timeline.addObject().put("at", at.toEpochMilli()).put("type", type).put("cause", cause);
  }

  private static ObjectNode metFirstResponse() {
    ObjectNode c = cycle(0, T0, T0.plusSeconds(1800), 14_400_000L, null, "priority High");
    c.put("state", "MET").put("elapsed", 1_800_000L).put("remaining", 12_600_000L);
    c.putArray("pauses");
    event(c, T0, "START", "issue created");
    event(c, T0.plusSeconds(1800), "STOP", "agent commented");
    return c;
  }

  private static ObjectNode runningResolution() {
    ObjectNode c = cycle(0, T0, null, 86_400_000L, 57_600_000L, "default");
    c.put("state", "RUNNING").put("elapsed", 18_000_000L).put("remaining", 68_400_000L);
    c.put("deadline", RESOLUTION_DEADLINE.toEpochMilli());
    c.putArray("pauses")
        .addObject()
        .put("kind", "CONDITION")
        .put("start", T0.plusSeconds(7200).toEpochMilli())
        .put("end", T0.plusSeconds(10_800).toEpochMilli())
        .put("cause", "status Waiting for customer");
    event(c, T0, "START", "issue created");
    event(c, T0.plusSeconds(7200), "PAUSE", "status Waiting for customer");
    event(c, T0.plusSeconds(10_800), "RESUME", "status Waiting for customer");
    return c;
  }

  private static ObjectNode pausedBreached() {
    ObjectNode c = cycle(0, T0, null, 86_400_000L, 57_600_000L, "default");
    c.put("state", "PAUSED").put("elapsed", 90_000_000L).put("remaining", -3_600_000L);
    c.put("breachAt", PAUSED_BREACH.toEpochMilli());
    c.put("atRiskAt", PAUSED_BREACH.minus(Duration.ofHours(8)).toEpochMilli());
    Instant paused = PAUSED_BREACH.plusSeconds(3600);
    c.putArray("pauses")
        .addObject()
        .put("kind", "CONDITION")
        .put("start", paused.toEpochMilli())
        .put("cause", "status Waiting for customer");
    event(c, T0, "START", "issue created");
    event(c, PAUSED_BREACH.minus(Duration.ofHours(8)), "AT_RISK", "internal target reached");
    event(c, PAUSED_BREACH, "BREACH", "goal reached");
    event(c, paused, "PAUSE", "status Waiting for customer");
    return c;
  }

  private static ObjectNode breachedSecondResponse() {
    Instant start = T0.plus(Duration.ofHours(4));
    ObjectNode c =
        cycle(1, start, start.plus(Duration.ofHours(3)), 3_600_000L, null, "priority Highest");
    c.put("state", "BREACHED").put("elapsed", 7_200_000L).put("remaining", -3_600_000L);
    c.put("breachAt", start.plus(Duration.ofHours(2)).toEpochMilli());
    c.putArray("pauses")
        .addObject()
        .put("kind", "CONDITION")
        .put("start", start.plusSeconds(600).toEpochMilli())
        .put("cause", "status Waiting for customer"); // open at the stop: ends there
    event(c, start, "START", "reopened");
    event(c, start.plusSeconds(60), "GOAL_CHANGE", "priority Highest");
    event(c, start.plusSeconds(600), "PAUSE", "status Waiting for customer");
    event(c, start.plus(Duration.ofHours(2)), "BREACH", "goal reached");
    event(c, start.plus(Duration.ofHours(3)), "STOP", "agent commented");
    return c;
  }

  /** What version 3 reads from issue 103's first-response row: complete facts. */
  static ClockFacts expectedStoppedFirstResponse() {
    Instant start = T0.plus(Duration.ofHours(4));
    Instant stop = start.plus(Duration.ofHours(3));
    return new ClockFacts(
        "helpdesk",
        "ttfr",
        "Time to first response",
        List.of(
            new CycleFacts(
                1,
                T0,
                T0.plusSeconds(1800),
                new Goal(Duration.ofHours(4), null, OFFICE, "priority High"),
                Duration.ofMinutes(30),
                T0.plusSeconds(1800),
                null,
                null,
                List.of(),
                List.of(
                    new ClockEvent(T0, ClockEvent.Type.START, "issue created"),
                    new ClockEvent(T0.plusSeconds(1800), ClockEvent.Type.STOP, "agent commented"))),
            new CycleFacts(
                2,
                start,
                stop,
                new Goal(Duration.ofHours(1), null, OFFICE, "priority Highest"),
                Duration.ofHours(2),
                stop,
                start.plus(Duration.ofHours(2)),
                null,
                List.of(
                    new Pause(
                        Pause.Kind.CONDITION,
                        start.plusSeconds(600),
                        stop,
                        "status Waiting for customer")),
                List.of(
                    new ClockEvent(start, ClockEvent.Type.START, "reopened"),
                    new ClockEvent(
                        start.plusSeconds(60), ClockEvent.Type.GOAL_CHANGE, "priority Highest"),
                    new ClockEvent(stop, ClockEvent.Type.STOP, "agent commented")))));
  }

  /** Issue 101's resolution: elapsed as of COMPUTED, its deadline as breach instant. */
  static ClockFacts expectedRunningResolution() {
    return new ClockFacts(
        "helpdesk",
        "ttr",
        "Time to resolution",
        List.of(
            new CycleFacts(
                1,
                T0,
                null,
                new Goal(Duration.ofHours(24), Duration.ofHours(16), OFFICE, "default"),
                Duration.ofHours(5),
                COMPUTED,
                RESOLUTION_DEADLINE,
                null,
                List.of(
                    new Pause(
                        Pause.Kind.CONDITION,
                        T0.plusSeconds(7200),
                        T0.plusSeconds(10_800),
                        "status Waiting for customer")),
                List.of(new ClockEvent(T0, ClockEvent.Type.START, "issue created")))));
  }
}
