package org.slaclocks.jira.persistence;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slaclocks.clock.ClockEvent;
import org.slaclocks.clock.ClockState;
import org.slaclocks.clock.Pause;
import org.slaclocks.tracking.StoredCycle;
import org.slaclocks.tracking.StoredGoal;

/**
 * The {@code CYCLES} column of a stored clock: its cycles, pauses and timeline as one JSON
 * document, because they are only ever read whole, for one clock at a time, while a row per cycle
 * and per event would multiply the rows every store writes. Instants are epoch millis, durations
 * millis; {@code "v"} versions the document's shape.
 *
 * <pre>{"v":1,"cycles":[{"index":0,"start":1767603600000,"stop":null,
 *   "goal":{"target":7200000,"internal":3600000,"calendar":"Amsterdam","label":"priority High"},
 *   "state":"RUNNING","elapsed":600000,"remaining":6600000,"deadline":1767610800000,
 *   "breachAt":null,"atRiskAt":null,
 *   "pauses":[{"kind":"CONDITION","start":...,"end":null,"cause":"status Waiting"}],
 *   "timeline":[{"at":...,"type":"START","cause":"issue created"}]}]}</pre>
 */
final class CyclesJson {
  private static final int SHAPE = 1;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private CyclesJson() {}

  static String write(List<StoredCycle> cycles) {
    StringWriter out = new StringWriter(256 * Math.max(1, cycles.size()));
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeStartObject();
      json.writeNumberField("v", SHAPE);
      json.writeArrayFieldStart("cycles");
      for (StoredCycle cycle : cycles) {
        writeCycle(json, cycle);
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void writeCycle(JsonGenerator json, StoredCycle cycle) throws IOException {
    json.writeStartObject();
    json.writeNumberField("index", cycle.index());
    instant(json, "start", cycle.start());
    instant(json, "stop", cycle.stop());
    StoredGoal goal = cycle.goal();
    if (goal == null) {
      json.writeNullField("goal");
    } else {
      json.writeObjectFieldStart("goal");
      duration(json, "target", goal.target());
      duration(json, "internal", goal.internalTarget());
      json.writeStringField("calendar", goal.calendarName());
      json.writeStringField("label", goal.label());
      json.writeEndObject();
    }
    json.writeStringField("state", cycle.state().name());
    duration(json, "elapsed", cycle.elapsed());
    duration(json, "remaining", cycle.remaining());
    instant(json, "deadline", cycle.deadline());
    instant(json, "breachAt", cycle.breachAt());
    instant(json, "atRiskAt", cycle.atRiskAt());
    json.writeArrayFieldStart("pauses");
    for (Pause pause : cycle.pauses()) {
      json.writeStartObject();
      json.writeStringField("kind", pause.kind().name());
      instant(json, "start", pause.startInclusive());
      instant(json, "end", pause.endExclusive());
      json.writeStringField("cause", pause.cause());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("timeline");
    for (ClockEvent event : cycle.timeline()) {
      json.writeStartObject();
      instant(json, "at", event.at());
      json.writeStringField("type", event.type().name());
      json.writeStringField("cause", event.cause());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void instant(JsonGenerator json, String name, Instant value) throws IOException {
    if (value == null) {
      json.writeNullField(name);
    } else {
      json.writeNumberField(name, value.toEpochMilli());
    }
  }

  private static void duration(JsonGenerator json, String name, Duration value) throws IOException {
    if (value == null) {
      json.writeNullField(name);
    } else {
      json.writeNumberField(name, value.toMillis());
    }
  }

  static List<StoredCycle> read(String document) {
    if (document == null || document.isEmpty()) {
      return List.of();
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(document);
    } catch (IOException e) {
      throw new IllegalStateException("unreadable CYCLES document: " + e.getMessage(), e);
    }
    int shape = root.path("v").asInt(-1);
    if (shape != SHAPE) {
      throw new IllegalStateException("CYCLES document of unknown shape v=" + shape);
    }
    List<StoredCycle> cycles = new ArrayList<>();
    for (JsonNode cycle : root.path("cycles")) {
      cycles.add(readCycle(cycle));
    }
    return cycles;
  }

  private static StoredCycle readCycle(JsonNode node) {
    JsonNode goalNode = node.path("goal");
    StoredGoal goal =
        goalNode.isObject()
            ? new StoredGoal(
                duration(goalNode, "target"),
                duration(goalNode, "internal"),
                goalNode.path("calendar").asText(),
                goalNode.path("label").asText())
            : null;
    List<Pause> pauses = new ArrayList<>();
    for (JsonNode pause : node.path("pauses")) {
      pauses.add(
          new Pause(
              Pause.Kind.valueOf(pause.path("kind").asText()),
              instant(pause, "start"),
              instant(pause, "end"),
              pause.path("cause").asText()));
    }
    List<ClockEvent> timeline = new ArrayList<>();
    for (JsonNode event : node.path("timeline")) {
      timeline.add(
          new ClockEvent(
              instant(event, "at"),
              ClockEvent.Type.valueOf(event.path("type").asText()),
              event.path("cause").asText()));
    }
    return new StoredCycle(
        node.path("index").asInt(),
        instant(node, "start"),
        instant(node, "stop"),
        goal,
        ClockState.valueOf(node.path("state").asText()),
        duration(node, "elapsed"),
        duration(node, "remaining"),
        instant(node, "deadline"),
        instant(node, "breachAt"),
        instant(node, "atRiskAt"),
        pauses,
        timeline);
  }

  private static Instant instant(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : Instant.ofEpochMilli(value.asLong());
  }

  private static Duration duration(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : Duration.ofMillis(value.asLong());
  }
}
