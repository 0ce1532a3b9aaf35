package org.slaclocks.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.slaclocks.policy.PauseCondition;
import org.slaclocks.policy.Trigger;

/**
 * The built-in metrics an administrator starts from. A template gives start, stop and pause
 * conditions; the metric's own {@code start}, {@code stop} or {@code pause} replace them.
 */
final class MetricTemplates {
  /**
   * Status in which time to resolution waits on the customer, as JSM's default workflow names it.
   */
  static final String WAITING_FOR_CUSTOMER = "Waiting for customer";

  record Defaults(
      List<Trigger> start, List<Trigger> stop, List<PauseCondition> pause, boolean firstCycleOnly) {
    static final Defaults NONE = new Defaults(List.of(), List.of(), List.of(), false);
  }

  private MetricTemplates() {}

  static Defaults defaults(JsonReader in, JsonNode metric, String path, String template) {
    return switch (template) {
      case "first-response" ->
          new Defaults(
              List.of(new Trigger.Created()),
              List.of(new Trigger.CommentForCustomer(), new Trigger.ResolutionSet()),
              List.of(),
              true);
      case "next-response" ->
          new Defaults(
              List.of(new Trigger.CommentByCustomer()),
              List.of(new Trigger.CommentForCustomer(), new Trigger.ResolutionSet()),
              List.of(),
              false);
      case "resolution" ->
          new Defaults(
              List.of(new Trigger.Created(), new Trigger.ResolutionCleared()),
              List.of(new Trigger.ResolutionSet()),
              List.of(new PauseCondition.StatusIn(Set.of(WAITING_FOR_CUSTOMER))),
              false);
      default -> ola(in, metric, path);
    };
  }

  /**
   * What each template gives, as the policy file writes it: {@code {"resolution": {"start": [...],
   * "stop": [...], "pause": [...], "firstCycleOnly": false}, ...}}. The {@code ola} template's
   * conditions depend on the team: its entry gives them for statuses {@code ["…"]} under {@code
   * statuses} and for group {@code "…"} under {@code group}, for a screen to show and fill in.
   */
  static ObjectNode catalog() {
    ObjectNode out = Json.MAPPER.createObjectNode();
    for (String template : List.of("first-response", "next-response", "resolution")) {
      out.set(template, describe(defaults(null, null, null, template)));
    }
    ObjectNode ola = out.putObject("ola");
    ObjectNode byStatuses = describe(ola(null, Set.of(TEAM)));
    ObjectNode byGroup = describe(ola(TEAM, null));
    ola.set("statuses", byStatuses);
    ola.set("group", byGroup);
    return out;
  }

  /** Stands for the team's statuses or group in {@link #catalog()}. */
  static final String TEAM = "…";

  private static ObjectNode describe(Defaults defaults) {
    ObjectNode out = Json.MAPPER.createObjectNode();
    ArrayNode start = out.putArray("start");
    defaults.start().forEach(t -> start.add(Conditions.write(t)));
    ArrayNode stop = out.putArray("stop");
    defaults.stop().forEach(t -> stop.add(Conditions.write(t)));
    ArrayNode pause = out.putArray("pause");
    defaults.pause().forEach(p -> pause.add(Conditions.write(p)));
    out.put("firstCycleOnly", defaults.firstCycleOnly());
    return out;
  }

  /** An OLA runs while the issue is in given statuses, or while assigned to a given group. */
  private static Defaults ola(JsonReader in, JsonNode metric, String path) {
    List<String> statuses = in.strings(metric, path, "statuses");
    String group = in.text(metric, path, "group", false);
    if ((statuses == null || statuses.isEmpty()) == (group == null)) {
      in.problem(
          path,
          "the ola template needs either \"statuses\" (the team's statuses) or \"group\" (the"
              + " team's group), not both");
      return Defaults.NONE;
    }
    return ola(group, statuses == null ? null : Set.copyOf(statuses));
  }

  private static Defaults ola(String group, Set<String> statuses) {
    if (group != null) {
      return new Defaults(
          List.of(new Trigger.AssignedToGroup(group)),
          List.of(new Trigger.UnassignedFromGroup(group), new Trigger.ResolutionSet()),
          List.of(),
          false);
    }
    return new Defaults(
        List.of(new Trigger.EnteredStatus(statuses)),
        List.of(new Trigger.LeftStatus(statuses)),
        List.of(),
        false);
  }
}
