package org.slaclocks.jira.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slaclocks.clock.ClockEvent;
import org.slaclocks.clock.ClockFacts;
import org.slaclocks.clock.CycleFacts;
import org.slaclocks.clock.Goal;
import org.slaclocks.clock.Pause;

/**
 * Model versions 1 and 2's CYCLES document ({@code "v":1}): every cycle as it was shown at the
 * issue row's COMPUTED_AT (state, elapsed and remaining then, the running cycle's deadline, past
 * breach and at-risk instants, pauses and the whole timeline), read as the facts it states.
 *
 * <p>A stopped cycle's snapshot is a complete fact. An open cycle's states: its elapsed time at
 * COMPUTED_AT (so that instant is its {@code elapsedAt}: nothing counted differently since, or the
 * issue would have been recomputed), its breach instant (the deadline of a running cycle, or a past
 * breach), its at-risk instant only if already past, and its pauses, except an exclusion window
 * still open then (its end was not kept). What a snapshot does not state is left out, and the
 * upgrade queues such issues for recomputation, which fills it in.
 */
final class SnapshotDocument {
  static final int SHAPE = 1;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SnapshotDocument() {}

  /** Whether {@code document} is of this shape (or unreadable), not of the current one. */
  static boolean isOld(String document) {
    return document == null || !document.startsWith("{\"v\":" + CyclesJson.SHAPE + ",");
  }

  /**
   * The facts a snapshot document states, computed at {@code computedAt}.
   *
   * @throws IllegalArgumentException when it is not a readable snapshot of valid cycles
   */
  static ClockFacts read(String policyId, String metricId, String document, Instant computedAt) {
    JsonNode root;
    try {
      root = MAPPER.readTree(document == null ? "" : document);
    } catch (IOException e) {
      throw new IllegalArgumentException("the CYCLES document is not JSON: " + e.getMessage(), e);
    }
    if (root == null || root.path("v").asInt(-1) != SHAPE) {
      throw new IllegalArgumentException(
          "the CYCLES document is not of shape v=" + SHAPE + ": " + abbreviated(document));
    }
    try {
      List<CycleFacts> cycles = new ArrayList<>();
      for (JsonNode cycle : root.path("cycles")) {
        cycles.add(cycle(cycles.size() + 1, cycle, computedAt));
      }
      return new ClockFacts(policyId, metricId, root.path("name").asText(""), cycles);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "the CYCLES document does not state valid cycles: " + e.getMessage(), e);
    }
  }

  private static CycleFacts cycle(int index, JsonNode node, Instant computedAt) {
    JsonNode goalNode = node.get("goal");
    if (goalNode == null || !goalNode.isObject()) {
      throw new IllegalArgumentException("cycle " + index + " has no goal");
    }
    Goal goal =
        new Goal(
            CyclesJson.duration(goalNode, "target"),
            CyclesJson.duration(goalNode, "internal"),
            goalNode.path("calendar").asText(),
            goalNode.path("label").asText());
    Instant start = CyclesJson.instant(node, "start");
    Instant stop = CyclesJson.instant(node, "stop");
    Duration elapsed = CyclesJson.duration(node, "elapsed");
    if (elapsed == null) {
      throw new IllegalArgumentException("cycle " + index + " has no elapsed time");
    }
    Instant breachAt = CyclesJson.instant(node, "breachAt");
    Instant deadline = CyclesJson.instant(node, "deadline");
    if (stop == null && deadline != null && "RUNNING".equals(node.path("state").asText())) {
      breachAt = deadline; // a running cycle's deadline is its breach instant, past or future
    }
    List<Pause> pauses = new ArrayList<>();
    for (JsonNode p : node.path("pauses")) {
      Pause.Kind kind = Pause.Kind.valueOf(p.path("kind").asText());
      Instant end = CyclesJson.instant(p, "end");
      if (stop != null && end == null) {
        end = stop;
      }
      if (kind == Pause.Kind.EXCLUSION && end == null) {
        continue; // a window still open at COMPUTED_AT: its end was not kept
      }
      pauses.add(new Pause(kind, CyclesJson.instant(p, "start"), end, p.path("cause").asText()));
    }
    List<ClockEvent> events = new ArrayList<>();
    for (JsonNode e : node.path("timeline")) {
      ClockEvent.Type type = ClockEvent.Type.valueOf(e.path("type").asText());
      if (type == ClockEvent.Type.START
          || type == ClockEvent.Type.GOAL_CHANGE
          || type == ClockEvent.Type.STOP) {
        events.add(new ClockEvent(CyclesJson.instant(e, "at"), type, e.path("cause").asText()));
      }
    }
    return new CycleFacts(
        index,
        start,
        stop,
        goal,
        elapsed,
        stop != null ? stop : computedAt,
        breachAt,
        CyclesJson.instant(node, "atRiskAt"),
        pauses,
        events);
  }

  private static String abbreviated(String document) {
    return document == null || document.length() <= 40
        ? String.valueOf(document)
        : document.substring(0, 40) + "...";
  }
}
