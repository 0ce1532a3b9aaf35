package org.slaclocks.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slaclocks.policy.PauseCondition;
import org.slaclocks.policy.Trigger;

/** Start, stop and pause conditions in the policy file. */
final class Conditions {
  /**
   * Every start and stop condition, with what it is about besides its name, in the order a screen
   * offers them: {@code statuses} and {@code values} are lists, {@code group}, {@code field} and
   * {@code value} are texts; {@code value} and {@code values} may be left out.
   */
  static final Map<String, List<String>> TRIGGERS = triggers();

  /** Every pause condition, described as {@link #TRIGGERS} are. */
  static final Map<String, List<String>> PAUSES = pauses();

  private static Map<String, List<String>> triggers() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    out.put("created", List.of());
    out.put("entered-status", List.of("statuses"));
    out.put("left-status", List.of("statuses"));
    out.put("assignee-set", List.of());
    out.put("assignee-changed", List.of());
    out.put("assignee-cleared", List.of());
    out.put("assigned-to-group", List.of("group"));
    out.put("unassigned-from-group", List.of("group"));
    out.put("resolution-set", List.of());
    out.put("resolution-cleared", List.of());
    out.put("comment-by-customer", List.of());
    out.put("comment-for-customer", List.of());
    out.put("priority-changed", List.of());
    out.put("field-changed", List.of("field", "value"));
    return Collections.unmodifiableMap(out);
  }

  private static Map<String, List<String>> pauses() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    out.put("status", List.of("statuses"));
    out.put("assignee-empty", List.of());
    out.put("resolution-set", List.of());
    out.put("field-has-value", List.of("field", "values"));
    return Collections.unmodifiableMap(out);
  }

  private Conditions() {}

  /** Triggers: {@code "created"} or {@code {"on": "entered-status", "statuses": [...]}}. */
  static List<Trigger> triggers(JsonReader in, JsonNode node, String path) {
    if (!node.isArray()) {
      in.problem(path, "must be an array of conditions");
      return null;
    }
    List<Trigger> out = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < node.size(); i++) {
      Trigger trigger = trigger(in, node.get(i), path + "[" + i + "]");
      ok &= trigger != null;
      out.add(trigger);
    }
    return ok ? out : null;
  }

  private static Trigger trigger(JsonReader in, JsonNode node, String path) {
    String kind;
    if (node.isTextual()) {
      kind = node.asText();
      node = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    } else if (node.isObject()) {
      kind = in.text(node, path, "on", true);
      in.onlyKeys(node, path, Set.of("on", "statuses", "group", "field", "value"), "a condition");
      if (kind == null) {
        return null;
      }
    } else {
      in.problem(path, "a condition is a name such as \"created\" or an object with \"on\"");
      return null;
    }
    return switch (kind) {
      case "created" -> new Trigger.Created();
      case "entered-status" -> {
        Set<String> statuses = statuses(in, node, path, kind);
        yield statuses == null ? null : new Trigger.EnteredStatus(statuses);
      }
      case "left-status" -> {
        Set<String> statuses = statuses(in, node, path, kind);
        yield statuses == null ? null : new Trigger.LeftStatus(statuses);
      }
      case "assignee-set" -> new Trigger.AssigneeSet();
      case "assignee-changed" -> new Trigger.AssigneeChanged();
      case "assignee-cleared" -> new Trigger.AssigneeCleared();
      case "assigned-to-group" -> {
        String group = in.text(node, path, "group", true);
        yield group == null ? null : new Trigger.AssignedToGroup(group);
      }
      case "unassigned-from-group" -> {
        String group = in.text(node, path, "group", true);
        yield group == null ? null : new Trigger.UnassignedFromGroup(group);
      }
      case "resolution-set" -> new Trigger.ResolutionSet();
      case "resolution-cleared" -> new Trigger.ResolutionCleared();
      case "comment-by-customer" -> new Trigger.CommentByCustomer();
      case "comment-for-customer" -> new Trigger.CommentForCustomer();
      case "priority-changed" -> new Trigger.PriorityChanged();
      case "field-changed" -> {
        String field = in.text(node, path, "field", true);
        String value = in.text(node, path, "value", false);
        yield field == null ? null : new Trigger.FieldChanged(field, value);
      }
      default -> {
        in.problem(
            path,
            "unknown condition '" + kind + "'; use one of " + String.join(", ", TRIGGERS.keySet()));
        yield null;
      }
    };
  }

  /**
   * Pause conditions: {@code "assignee-empty"} or {@code {"when": "status", "statuses": [...]}}.
   */
  static List<PauseCondition> pauses(JsonReader in, JsonNode node, String path) {
    if (!node.isArray()) {
      in.problem(path, "must be an array of pause conditions");
      return null;
    }
    List<PauseCondition> out = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < node.size(); i++) {
      PauseCondition pause = pause(in, node.get(i), path + "[" + i + "]");
      ok &= pause != null;
      out.add(pause);
    }
    return ok ? out : null;
  }

  private static PauseCondition pause(JsonReader in, JsonNode node, String path) {
    String kind;
    if (node.isTextual()) {
      kind = node.asText();
      node = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    } else if (node.isObject()) {
      kind = in.text(node, path, "when", true);
      in.onlyKeys(node, path, Set.of("when", "statuses", "field", "values"), "a pause condition");
      if (kind == null) {
        return null;
      }
    } else {
      in.problem(path, "a pause condition is a name or an object with \"when\"");
      return null;
    }
    return switch (kind) {
      case "status" -> {
        Set<String> statuses = statuses(in, node, path, kind);
        yield statuses == null ? null : new PauseCondition.StatusIn(statuses);
      }
      case "assignee-empty" -> new PauseCondition.AssigneeEmpty();
      case "resolution-set" -> new PauseCondition.ResolutionSet();
      case "field-has-value" -> {
        String field = in.text(node, path, "field", true);
        yield field == null
            ? null
            : new PauseCondition.FieldHasValue(field, in.stringSet(node, path, "values"));
      }
      default -> {
        in.problem(
            path,
            "unknown pause condition '"
                + kind
                + "'; use one of "
                + String.join(", ", PAUSES.keySet()));
        yield null;
      }
    };
  }

  private static Set<String> statuses(JsonReader in, JsonNode node, String path, String kind) {
    List<String> statuses = in.strings(node, path, "statuses");
    if (statuses == null) {
      return null;
    }
    if (statuses.isEmpty()) {
      in.problem(path + ".statuses", "'" + kind + "' needs the statuses it is about");
      return null;
    }
    return Set.copyOf(statuses);
  }

  static JsonNode write(Trigger trigger) {
    ObjectNode out = Json.MAPPER.createObjectNode().put("on", trigger.key());
    if (trigger instanceof Trigger.EnteredStatus t) {
      ScopeJson.strings(out.putArray("statuses"), t.statuses());
    } else if (trigger instanceof Trigger.LeftStatus t) {
      ScopeJson.strings(out.putArray("statuses"), t.statuses());
    } else if (trigger instanceof Trigger.AssignedToGroup t) {
      out.put("group", t.group());
    } else if (trigger instanceof Trigger.UnassignedFromGroup t) {
      out.put("group", t.group());
    } else if (trigger instanceof Trigger.FieldChanged t) {
      out.put("field", t.field());
      if (t.value() != null) {
        out.put("value", t.value());
      }
    } else {
      return TextNode.valueOf(trigger.key());
    }
    return out;
  }

  static JsonNode write(PauseCondition pause) {
    ObjectNode out = Json.MAPPER.createObjectNode().put("when", pause.key());
    if (pause instanceof PauseCondition.StatusIn p) {
      ScopeJson.strings(out.putArray("statuses"), p.statuses());
    } else if (pause instanceof PauseCondition.FieldHasValue p) {
      out.put("field", p.field());
      if (!p.values().isEmpty()) {
        ScopeJson.strings(out.putArray("values"), p.values());
      }
    } else {
      return TextNode.valueOf(pause.key());
    }
    return out;
  }
}
