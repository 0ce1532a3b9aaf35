package org.slaclocks.cli.replay;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

  static String write(ReplayReport report) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("now", report.now().toString());
    root.put("configVersion", report.config().version());
    ArrayNode issues = root.putArray("issues");
    for (ReplayReport.IssueResult issue : report.issues()) {
      ObjectNode i = issues.addObject();
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
      }
    }
    ArrayNode summary = root.putArray("summary");
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
    ArrayNode undetermined = root.putArray("undetermined");
    report
        .undetermined()
        .forEach(s -> undetermined.addObject().put("key", s.key()).put("reason", s.reason()));
    ArrayNode failures = root.putArray("failures");
    report
        .failures()
        .forEach(f -> failures.addObject().put("subject", f.subject()).put("reason", f.reason()));
    return root.toPrettyString();
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
