package org.slaclocks.cli.replay;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import org.slaclocks.clock.ClockEvent;
import org.slaclocks.clock.Cycle;
import org.slaclocks.clock.Pause;
import org.slaclocks.clock.SlaClock;
import org.slaclocks.format.Json;

/** The stable JSON of a replay, documented field by field in docs/replay.md. */
final class ReplayJson {
  static final int FORMAT_VERSION = 1;

  private ReplayJson() {}

  /** One issue's object of the {@code issues} array, as compact JSON text. */
  static String render(ReplayReport.IssueResult issue) {
    ObjectNode i = Json.MAPPER.createObjectNode();
    i.put("key", issue.history().key());
    i.put("id", issue.history().issueId());
    i.put("project", issue.clocks().projectKey());
    if (issue.policy() == null) {
      i.putNull("policy");
    } else {
      i.put("policy", issue.policy().id());
    }
    ArrayNode metrics = i.putArray("metrics");
    for (SlaClock clock : issue.shown()) {
      ObjectNode m = metrics.addObject();
      m.put("metric", clock.metricId());
      m.put("name", clock.metricName());
      m.put("state", clock.state().name());
      m.put("breached", clock.isBreached());
      m.put("everBreached", clock.isEverBreached());
      m.put("atRisk", clock.isAtRisk());
      m.put("withinCalendarHours", clock.withinCalendarHours());
      instant(m, "deadline", clock.deadline());
      ArrayNode cycles = m.putArray("cycles");
      clock.cycles().forEach(c -> cycle(cycles.addObject(), c));
      if (issue.triggers() != null) {
        ArrayNode triggers = m.putArray("triggers");
        issue.triggers().stream()
            .filter(row -> row.due().metricId().equals(clock.metricId()))
            .forEach(row -> trigger(triggers.addObject(), row));
      }
    }
    return i.toString();
  }

  /**
   * The whole document, pretty-printed: {@code issues} gives each issue's {@link #render} text in
   * key order; each is written as it is read, so the document is never held whole.
   */
  static void write(ReplayReport report, Iterable<String> issues, Writer writer)
      throws IOException {
    try (JsonGenerator out = Json.MAPPER.createGenerator(writer)) {
      out.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      out.useDefaultPrettyPrinter();
      out.writeStartObject();
      out.writeNumberField("formatVersion", FORMAT_VERSION);
      out.writeStringField("now", report.now().toString());
      out.writeNumberField("configVersion", report.config().version());
      out.writeArrayFieldStart("issues");
      for (String issue : issues) {
        out.writeTree(Json.MAPPER.readTree(issue));
      }
      out.writeEndArray();
      ArrayNode summary = Json.MAPPER.createArrayNode();
      for (ReplayReport.MetricSummary s : report.summary()) {
        ObjectNode o = summary.addObject();
        o.put("policy", s.policyId());
        o.put("policyName", s.policyName());
        o.put("metric", s.metricId());
        o.put("metricName", s.metricName());
        o.put("issues", s.issues());
        o.put("met", s.met());
        o.put("breached", s.breached());
        o.put("running", s.running());
        o.put("paused", s.paused());
        o.put("openBreached", s.openBreached());
        o.put("atRisk", s.atRisk());
        if (s.compliancePercent() == null) {
          o.putNull("compliancePercent");
        } else {
          o.put("compliancePercent", s.compliancePercent());
        }
      }
      out.writeFieldName("summary");
      out.writeTree(summary);
      ArrayNode undetermined = Json.MAPPER.createArrayNode();
      report
          .undetermined()
          .forEach(s -> undetermined.addObject().put("key", s.key()).put("reason", s.reason()));
      out.writeFieldName("undetermined");
      out.writeTree(undetermined);
      ArrayNode failures = Json.MAPPER.createArrayNode();
      report
          .failures()
          .forEach(f -> failures.addObject().put("subject", f.subject()).put("reason", f.reason()));
      out.writeFieldName("failures");
      out.writeTree(failures);
      out.writeEndObject();
    }
    writer.write(System.lineSeparator());
  }

  private static void cycle(ObjectNode c, Cycle cycle) {
    c.put("index", cycle.index());
    c.put("state", cycle.state().name());
    instant(c, "start", cycle.start());
    instant(c, "stop", cycle.stop());
    c.put("goalSeconds", seconds(cycle.goal().target()));
    if (cycle.goal().internalTarget() == null) {
      c.putNull("internalTargetSeconds");
    } else {
      c.put("internalTargetSeconds", seconds(cycle.goal().internalTarget()));
    }
    c.put("calendar", cycle.goal().calendar());
    c.put("goalRow", cycle.goal().label());
    c.put("elapsedSeconds", seconds(cycle.elapsed()));
    c.put("remainingSeconds", seconds(cycle.remaining()));
    instant(c, "deadline", cycle.deadline());
    c.put("breached", cycle.isBreached());
    instant(c, "breachAt", cycle.breachAt());
    c.put("atRisk", cycle.isAtRisk());
    instant(c, "atRiskAt", cycle.atRiskAt());
    ArrayNode pauses = c.putArray("pauses");
    for (Pause pause : cycle.pauses()) {
      ObjectNode p = pauses.addObject();
      p.put("kind", pause.kind().name());
      instant(p, "from", pause.startInclusive());
      instant(p, "to", pause.endExclusive());
      p.put("cause", pause.cause());
    }
    ArrayNode timeline = c.putArray("timeline");
    for (ClockEvent event : cycle.timeline()) {
      ObjectNode e = timeline.addObject();
      instant(e, "at", event.at());
      e.put("type", event.type().name());
      e.put("cause", event.cause());
    }
  }

  /** A reminder or escalation that fired (due at or before now) or is to come. */
  private static void trigger(ObjectNode t, ReplayTriggers.Row row) {
    t.put("trigger", row.due().triggerId());
    t.put("rule", row.due().rule().id());
    t.put("kind", row.kind());
    if (row.level().isEmpty()) {
      t.putNull("level");
    } else {
      t.put("level", row.due().rule().level());
    }
    t.put("occurrence", row.due().occurrence());
    t.put("cycle", row.due().cycleIndex());
    t.put("status", row.status());
    instant(t, "due", row.due().dueAt());
    t.put("dueLocal", row.local());
    t.put("calendar", row.due().calendar());
    ArrayNode actions = t.putArray("actions");
    row.due().rule().actions().forEach(a -> actions.add(a.describe()));
  }

  /** Whole seconds (Jira keeps milliseconds; a replay rounds toward zero). */
  private static long seconds(Duration duration) {
    return duration.getSeconds() + (duration.isNegative() && duration.getNano() > 0 ? 1 : 0);
  }

  private static void instant(ObjectNode node, String field, Instant instant) {
    if (instant == null) {
      node.putNull(field);
    } else {
      node.put(field, instant.toString());
    }
  }
}
