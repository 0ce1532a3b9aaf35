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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.slaclocks.clock.ClockEvent;
import org.slaclocks.clock.ClockFacts;
import org.slaclocks.clock.CycleFacts;
import org.slaclocks.clock.Goal;
import org.slaclocks.clock.Pause;

/**
 * The {@code CYCLES} column of a stored clock: the metric's name and every cycle's facts ({@link
 * CycleFacts}: start, stop, goal, elapsed as of a stated instant, breach and at-risk instants,
 * pauses, the events the history gives) as one JSON document, read whole for one clock at a time.
 * Nothing in it depends on when it was written, so a recomputation that finds the same facts writes
 * the same text. The policy and metric ids are the row's columns.
 *
 * <p>Instants are epoch millis and durations millis, the precision of Jira's history; a value with
 * a finer part is written as ISO-8601 text instead, so that every document reads back to an equal
 * {@link ClockFacts}. Absent values are left out; {@code "v"} versions the document's shape (1 was
 * model versions 1 and 2's snapshot, with {@code remaining} and a timeline; see {@code
 * schema.v3.SnapshotDocument}).
 *
 * <pre>
 * {"v":2,"name":"Time to first response","cycles":[{"index":1,"start":1767603600000,
 *   "goal":{"target":7200000,"internal":3600000,"calendar":"Amsterdam","label":"priority High"},
 *   "elapsed":600000,"elapsedAt":1767604200000,"breachAt":1767610800000,
 *   "atRiskAt":1767607200000,"pauses":[{"kind":"CONDITION","start":...,"cause":"status Waiting"}],
 *   "events":[{"at":...,"type":"START","cause":"issue created"}]}]}</pre>
 */
public final class CyclesJson {
  /** The shape written; documents of another shape are refused by {@link #read}. */
  public static final int SHAPE = 2;

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private CyclesJson() {}

  public static String write(ClockFacts clock) {
    StringWriter out = new StringWriter(320 * Math.max(1, clock.cycles().size()));
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeStartObject();
      json.writeNumberField("v", SHAPE);
      json.writeStringField("name", clock.metricName());
      json.writeArrayFieldStart("cycles");
      for (CycleFacts cycle : clock.cycles()) {
        writeCycle(json, cycle);
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void writeCycle(JsonGenerator json, CycleFacts cycle) throws IOException {
    json.writeStartObject();
    json.writeNumberField("index", cycle.index());
    instant(json, "start", cycle.start());
    instant(json, "stop", cycle.stop());
    Goal goal = cycle.goal();
    json.writeObjectFieldStart("goal");
    duration(json, "target", goal.target());
    duration(json, "internal", goal.internalTarget());
    json.writeStringField("calendar", goal.calendar());
    json.writeStringField("label", goal.label());
    json.writeEndObject();
    duration(json, "elapsed", cycle.elapsed());
    instant(json, "elapsedAt", cycle.elapsedAt());
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
    json.writeArrayFieldStart("events");
    for (ClockEvent event : cycle.events()) {
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
      return;
    }
    if (value.getNano() % 1_000_000 == 0) {
      json.writeNumberField(name, value.toEpochMilli());
    } else {
      json.writeStringField(name, value.toString());
    }
  }

  private static void duration(JsonGenerator json, String name, Duration value) throws IOException {
    if (value == null) {
      return;
    }
    if (value.getNano() % 1_000_000 == 0) {
      json.writeNumberField(name, value.toMillis());
    } else {
      json.writeStringField(name, value.toString());
    }
  }

  /**
   * The clock a document describes, with the row's policy and metric ids.
   *
   * @throws IllegalArgumentException when the document is not JSON, is of another shape, or does
   *     not describe valid facts (the message says what is wrong)
   */
  public static ClockFacts read(String policyId, String metricId, String document) {
    if (document == null || document.isEmpty()) {
      throw new IllegalArgumentException("the CYCLES document is empty");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(document);
    } catch (IOException e) {
      throw new IllegalArgumentException("the CYCLES document is not JSON: " + e.getMessage(), e);
    }
    int shape = root.path("v").asInt(-1);
    if (shape != SHAPE) {
      throw new IllegalArgumentException(
          "the CYCLES document has shape v=" + shape + ", this version reads v=" + SHAPE);
    }
    try {
      List<CycleFacts> cycles = new ArrayList<>();
      for (JsonNode cycle : root.path("cycles")) {
        cycles.add(readCycle(cycle));
      }
      return new ClockFacts(policyId, metricId, text(root, "name"), cycles);
    } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
      // IllegalArgumentException includes the records' own validation (cycles numbered 1, 2, ...)
      throw new IllegalArgumentException(
          "the CYCLES document does not state valid facts: " + e.getMessage(), e);
    }
  }

  private static CycleFacts readCycle(JsonNode node) {
    JsonNode goal = node.path("goal");
    List<Pause> pauses = new ArrayList<>();
    for (JsonNode pause : node.path("pauses")) {
      pauses.add(
          new Pause(
              Pause.Kind.valueOf(text(pause, "kind")),
              instant(pause, "start"),
              instant(pause, "end"),
              text(pause, "cause")));
    }
    List<ClockEvent> events = new ArrayList<>();
    for (JsonNode event : node.path("events")) {
      events.add(
          new ClockEvent(
              instant(event, "at"),
              ClockEvent.Type.valueOf(text(event, "type")),
              text(event, "cause")));
    }
    return new CycleFacts(
        node.path("index").asInt(0),
        instant(node, "start"),
        instant(node, "stop"),
        new Goal(
            duration(goal, "target"),
            duration(goal, "internal"),
            text(goal, "calendar"),
            text(goal, "label")),
        duration(node, "elapsed"),
        instant(node, "elapsedAt"),
        instant(node, "breachAt"),
        instant(node, "atRiskAt"),
        pauses,
        events);
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("\"" + name + "\" is missing or not text");
    }
    return value.asText();
  }

  static Instant instant(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isIntegralNumber()
        ? Instant.ofEpochMilli(value.asLong())
        : Instant.parse(value.asText());
  }

  static Duration duration(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isIntegralNumber()
        ? Duration.ofMillis(value.asLong())
        : Duration.parse(value.asText());
  }
}
