package org.slaclocks.format;

import com.fasterxml.jackson.databind.JsonNode;
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
    if (group != null) {
      return new Defaults(
          List.of(new Trigger.AssignedToGroup(group)),
          List.of(new Trigger.UnassignedFromGroup(group), new Trigger.ResolutionSet()),
          List.of(),
          false);
    }
    return new Defaults(
        List.of(new Trigger.EnteredStatus(Set.copyOf(statuses))),
        List.of(new Trigger.LeftStatus(Set.copyOf(statuses))),
        List.of(),
        false);
  }
}
