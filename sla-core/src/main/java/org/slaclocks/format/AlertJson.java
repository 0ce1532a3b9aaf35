package org.slaclocks.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.slaclocks.policy.AlertAction;
import org.slaclocks.policy.AlertRule;
import org.slaclocks.policy.Criteria;
import org.slaclocks.policy.Durations;
import org.slaclocks.policy.GoalRow;
import org.slaclocks.policy.Recipient;

/** A metric's reminders and escalations, with their actions, in the policy file. */
final class AlertJson {
  private static final Set<String> REMINDER =
      Set.of("id", "before", "percent", "at", "when", "actions");
  private static final Set<String> ESCALATION =
      Set.of("id", "level", "after", "every", "when", "actions");

  /** Every action, with what it says besides {@code do}, in the order it is written. */
  private static final Map<String, List<String>> ACTIONS = actionKeys();

  /** The shortest repetition: the job runs once a minute. */
  private static final Duration MIN_EVERY = Duration.ofMinutes(1);

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]+");

  private AlertJson() {}

  private static Map<String, List<String>> actionKeys() {
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    out.put("email", List.of("to"));
    out.put("comment", List.of("visibility", "text"));
    out.put("set-priority", List.of("priority"));
    out.put("reassign", List.of("user"));
    out.put("transition", List.of("transition"));
    out.put("add-label", List.of("label"));
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * What a screen needs to edit reminders and escalations as this format reads them: the keys of a
   * reminder's threshold ({@code reminderThresholds}, with {@code internalTarget} the one value
   * {@code at} takes), the escalation levels, the shortest {@code every}, every action with what it
   * says besides {@code do}, the comment visibilities (the default first) and every recipient with
   * whether it names someone.
   */
  static ObjectNode catalog() {
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.putArray("reminderThresholds").add("before").add("percent").add("at");
    out.put("internalTarget", "internal-target");
    ArrayNode levels = out.putArray("levels");
    for (int level = AlertRule.MIN_LEVEL; level <= AlertRule.MAX_LEVEL; level++) {
      levels.add(level);
    }
    out.put("minEvery", Durations.format(MIN_EVERY));
    out.set("actions", Json.MAPPER.valueToTree(ACTIONS));
    out.putArray("visibilities").add("internal").add("public");
    ObjectNode recipients = out.putObject("recipients");
    for (Recipient.Kind kind : Recipient.Kind.values()) {
      recipients.put(kind.key(), kind.isNamed());
    }
    return out;
  }

  /**
   * The metric's {@code reminders} then {@code escalations}; null when any is invalid (the problems
   * are recorded). {@code goals} are the metric's goal rows as far as they could be read, for the
   * checks that need them (a reminder that no goal could ever reach).
   */
  static List<AlertRule> read(
      JsonReader in, JsonNode metric, String path, List<GoalRow> goals, Duration internal) {
    List<AlertRule> out = new ArrayList<>();
    boolean ok = true;
    Set<String> ids = new java.util.HashSet<>();
    List<JsonNode> reminders = in.array(metric, path, "reminders", false);
    for (int i = 0; i < reminders.size(); i++) {
      AlertRule rule =
          rule(in, reminders.get(i), path + ".reminders[" + i + "]", true, goals, internal, ids);
      ok &= rule != null;
      out.add(rule);
    }
    List<JsonNode> escalations = in.array(metric, path, "escalations", false);
    for (int i = 0; i < escalations.size(); i++) {
      AlertRule rule =
          rule(
              in,
              escalations.get(i),
              path + ".escalations[" + i + "]",
              false,
              goals,
              internal,
              ids);
      ok &= rule != null;
      out.add(rule);
    }
    return ok ? out : null;
  }

  private static AlertRule rule(
      JsonReader in,
      JsonNode node,
      String path,
      boolean reminder,
      List<GoalRow> goals,
      Duration metricInternal,
      Set<String> ids) {
    String what = reminder ? "a reminder" : "an escalation";
    if (!node.isObject()) {
      in.problem(path, what + " must be an object with id and actions");
      return null;
    }
    in.onlyKeys(node, path, reminder ? REMINDER : ESCALATION, what);
    String id = in.text(node, path, "id", true);
    if (id != null && !ID.matcher(id).matches()) {
      in.problem(path + ".id", "use letters, digits, '-', '_' and '.' only, was '" + id + "'");
      id = null;
    } else if (id != null && !ids.add(id)) {
      in.problem(
          path + ".id", "id '" + id + "' is used twice in this metric's reminders and escalations");
      id = null;
    }
    AlertRule.Threshold threshold =
        reminder
            ? reminderThreshold(in, node, path, goals, metricInternal)
            : escalationThreshold(in, node, path);
    int level = reminder ? 0 : level(in, node, path);
    int problems = in.problems().list().size();
    Duration every = reminder ? null : PolicyJson.duration(in, node, path, "every", false);
    if (every != null && every.compareTo(MIN_EVERY) < 0) {
      in.problem(
          path + ".every",
          "must be at least " + Durations.format(MIN_EVERY) + ": the job runs once a minute");
    }
    boolean everyOk = in.problems().list().size() == problems;
    Criteria when = criteria(in, node, path);
    List<AlertAction> actions = actions(in, node, path);
    if (id == null
        || threshold == null
        || level < 0
        || !everyOk
        || when == null
        || actions == null) {
      return null;
    }
    return new AlertRule(
        id,
        reminder ? AlertRule.Kind.REMINDER : AlertRule.Kind.ESCALATION,
        threshold,
        level,
        every,
        when,
        actions);
  }

  private static AlertRule.Threshold reminderThreshold(
      JsonReader in, JsonNode node, String path, List<GoalRow> goals, Duration metricInternal) {
    List<String> given = List.of("before", "percent", "at").stream().filter(node::has).toList();
    if (given.size() != 1) {
      in.problem(
          path,
          given.isEmpty()
              ? "say when: \"before\": \"1h\" (before the breach), \"percent\": 75 (of the goal"
                  + " used) or \"at\": \"internal-target\""
              : "give one of " + String.join(", ", given) + ", not several");
      return null;
    }
    switch (given.get(0)) {
      case "before" -> {
        Duration before = PolicyJson.duration(in, node, path, "before", true);
        if (before == null) {
          return null;
        }
        if (before.isZero() || before.isNegative()) {
          in.problem(path + ".before", "must be longer than zero; an escalation is at the breach");
          return null;
        }
        Duration longest =
            goals.stream()
                .filter(java.util.Objects::nonNull)
                .map(GoalRow::target)
                .max(Duration::compareTo)
                .orElse(null);
        if (longest != null && before.compareTo(longest) >= 0) {
          in.problem(
              path + ".before",
              Durations.format(before)
                  + " before the breach is at or before the start of every goal (the longest is "
                  + Durations.format(longest)
                  + "): it would never be due");
          return null;
        }
        return new AlertRule.BeforeBreach(before);
      }
      case "percent" -> {
        JsonNode value = node.get("percent");
        if (!value.isIntegralNumber() || value.asInt() < 1 || value.asInt() > 99) {
          in.problem(
              path + ".percent",
              "must be a whole number from 1 to 99 (the share of the goal used); 100 is the"
                  + " breach, an escalation");
          return null;
        }
        return new AlertRule.PercentOfGoal(value.asInt());
      }
      default -> {
        JsonNode value = node.get("at");
        if (!value.isTextual() || !value.asText().equals("internal-target")) {
          in.problem(
              path + ".at",
              "must be \"internal-target\"; for a time before the breach use \"before\"");
          return null;
        }
        boolean anyInternal =
            metricInternal != null
                || goals.stream().anyMatch(g -> g != null && g.internalTarget() != null);
        if (!anyInternal) {
          in.problem(
              path + ".at",
              "no goal row of this metric has an internal target (nor the metric): it would never"
                  + " be due");
          return null;
        }
        return new AlertRule.InternalTarget();
      }
    }
  }

  private static AlertRule.Threshold escalationThreshold(
      JsonReader in, JsonNode node, String path) {
    if (!node.has("after")) {
      return new AlertRule.AfterBreach(Duration.ZERO);
    }
    Duration after = PolicyJson.duration(in, node, path, "after", true);
    return after == null ? null : new AlertRule.AfterBreach(after);
  }

  private static int level(JsonReader in, JsonNode node, String path) {
    JsonNode value = node.get("level");
    if (value == null || value.isNull()) {
      in.problem(path + ".level", "required: 1 to 4");
      return -1;
    }
    if (!value.isIntegralNumber()
        || value.asInt() < AlertRule.MIN_LEVEL
        || value.asInt() > AlertRule.MAX_LEVEL) {
      in.problem(
          path + ".level",
          "must be a whole number from "
              + AlertRule.MIN_LEVEL
              + " to "
              + AlertRule.MAX_LEVEL
              + " (team lead, manager, director...)");
      return -1;
    }
    return value.asInt();
  }

  private static Criteria criteria(JsonReader in, JsonNode node, String path) {
    if (!node.has("when")) {
      return Criteria.ANY;
    }
    if (!node.get("when").isObject()) {
      in.problem(
          path + ".when",
          "must be an object of field -> values, e.g. {\"priority\": [\"Highest\"]}");
      return null;
    }
    int before = in.problems().list().size();
    Map<String, Set<String>> tests = in.stringSets(node, path, "when");
    return in.problems().list().size() == before ? new Criteria(tests) : null;
  }

  private static List<AlertAction> actions(JsonReader in, JsonNode node, String path) {
    List<JsonNode> nodes = in.array(node, path, "actions", true);
    if (node.has("actions") && nodes.isEmpty() && node.get("actions").isArray()) {
      in.problem(path + ".actions", "at least one action is needed");
      return null;
    }
    if (nodes.isEmpty()) {
      return null;
    }
    List<AlertAction> out = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < nodes.size(); i++) {
      AlertAction action = action(in, nodes.get(i), path + ".actions[" + i + "]");
      ok &= action != null;
      out.add(action);
    }
    return ok ? out : null;
  }

  private static AlertAction action(JsonReader in, JsonNode node, String path) {
    if (!node.isObject()) {
      in.problem(path, "an action is an object with \"do\", e.g. {\"do\": \"add-label\", ...}");
      return null;
    }
    String kind = in.text(node, path, "do", true);
    if (kind == null) {
      return null;
    }
    return switch (kind) {
      case "email" -> {
        in.onlyKeys(node, path, keys(kind), "an email action");
        List<Recipient> to = recipients(in, node, path);
        yield to == null ? null : new AlertAction.Email(to);
      }
      case "comment" -> {
        in.onlyKeys(node, path, keys(kind), "a comment action");
        String text = in.text(node, path, "text", true);
        String visibility = in.text(node, path, "visibility", false);
        if (visibility != null && !visibility.equals("internal") && !visibility.equals("public")) {
          in.problem(
              path + ".visibility",
              "must be \"internal\" (agents only, the default) or \"public\" (the customer sees"
                  + " it), was '"
                  + visibility
                  + "'");
          yield null;
        }
        yield text == null ? null : new AlertAction.Comment(!"public".equals(visibility), text);
      }
      case "set-priority" -> {
        in.onlyKeys(node, path, keys(kind), "a set-priority action");
        String priority = in.text(node, path, "priority", true);
        yield priority == null ? null : new AlertAction.SetPriority(priority);
      }
      case "reassign" -> {
        in.onlyKeys(node, path, keys(kind), "a reassign action");
        String user = in.text(node, path, "user", true);
        yield user == null ? null : new AlertAction.Reassign(user);
      }
      case "transition" -> {
        in.onlyKeys(node, path, keys(kind), "a transition action");
        String transition = in.text(node, path, "transition", true);
        yield transition == null ? null : new AlertAction.Transition(transition);
      }
      case "add-label" -> {
        in.onlyKeys(node, path, keys(kind), "an add-label action");
        String label = in.text(node, path, "label", true);
        if (label != null && label.chars().anyMatch(Character::isWhitespace)) {
          in.problem(path + ".label", "a Jira label has no spaces, was '" + label + "'");
          yield null;
        }
        yield label == null ? null : new AlertAction.AddLabel(label);
      }
      default -> {
        in.problem(
            path + ".do",
            "unknown action '" + kind + "'; use one of " + String.join(", ", ACTIONS.keySet()));
        yield null;
      }
    };
  }

  private static Set<String> keys(String action) {
    Set<String> keys = new java.util.HashSet<>(ACTIONS.get(action));
    keys.add("do");
    return keys;
  }

  /** Recipients: {@code "assignee"} or {@code {"group": "support-leads"}}. */
  private static List<Recipient> recipients(JsonReader in, JsonNode node, String path) {
    List<JsonNode> nodes = in.array(node, path, "to", true);
    if (node.has("to") && node.get("to").isArray() && nodes.isEmpty()) {
      in.problem(path + ".to", "at least one recipient is needed");
      return null;
    }
    if (nodes.isEmpty()) {
      return null;
    }
    List<Recipient> out = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < nodes.size(); i++) {
      Recipient recipient = recipient(in, nodes.get(i), path + ".to[" + i + "]");
      ok &= recipient != null;
      out.add(recipient);
    }
    return ok ? out : null;
  }

  private static Recipient recipient(JsonReader in, JsonNode node, String path) {
    String usage =
        "a recipient is \"assignee\", \"reporter\", \"watchers\", \"project-lead\", or"
            + " {\"user\": ...}, {\"group\": ...}, {\"role\": ...}";
    if (node.isTextual()) {
      for (Recipient.Kind kind : Recipient.Kind.values()) {
        if (!kind.isNamed() && kind.key().equals(node.asText())) {
          return Recipient.of(kind);
        }
      }
      in.problem(path, "unknown recipient '" + node.asText() + "'; " + usage);
      return null;
    }
    if (!node.isObject() || node.size() != 1) {
      in.problem(path, usage);
      return null;
    }
    String key = node.fieldNames().next();
    for (Recipient.Kind kind : Recipient.Kind.values()) {
      if (kind.isNamed() && kind.key().equals(key)) {
        String name = in.text(node, path, key, true);
        return name == null ? null : new Recipient(kind, name);
      }
    }
    in.problem(JsonReader.join(path, key), "unknown key; " + usage);
    return null;
  }

  /** Writes the metric's rules under {@code reminders} and {@code escalations} (if it has any). */
  static void write(List<AlertRule> rules, ObjectNode metric) {
    ArrayNode reminders = null;
    ArrayNode escalations = null;
    for (AlertRule rule : rules) {
      ObjectNode r;
      if (rule.kind() == AlertRule.Kind.REMINDER) {
        reminders = reminders != null ? reminders : metric.putArray("reminders");
        r = reminders.addObject();
        r.put("id", rule.id());
        if (rule.threshold() instanceof AlertRule.BeforeBreach b) {
          r.put("before", Durations.format(b.before()));
        } else if (rule.threshold() instanceof AlertRule.PercentOfGoal p) {
          r.put("percent", p.percent());
        } else {
          r.put("at", "internal-target");
        }
      } else {
        escalations = escalations != null ? escalations : metric.putArray("escalations");
        r = escalations.addObject();
        r.put("id", rule.id());
        r.put("level", rule.level());
        Duration after = ((AlertRule.AfterBreach) rule.threshold()).after();
        if (!after.isZero()) {
          r.put("after", Durations.format(after));
        }
        if (rule.every() != null) {
          r.put("every", Durations.format(rule.every()));
        }
      }
      if (!rule.when().valuesByField().isEmpty()) {
        ObjectNode when = r.putObject("when");
        rule.when()
            .valuesByField()
            .forEach((field, values) -> ScopeJson.strings(when.putArray(field), values));
      }
      ArrayNode actions = r.putArray("actions");
      rule.actions().forEach(a -> actions.add(write(a)));
    }
  }

  private static ObjectNode write(AlertAction action) {
    ObjectNode out = Json.MAPPER.createObjectNode().put("do", action.key());
    if (action instanceof AlertAction.Email e) {
      ArrayNode to = out.putArray("to");
      for (Recipient recipient : e.to()) {
        if (recipient.name() == null) {
          to.add(recipient.kind().key());
        } else {
          to.addObject().put(recipient.kind().key(), recipient.name());
        }
      }
    } else if (action instanceof AlertAction.Comment c) {
      out.put("visibility", c.internal() ? "internal" : "public");
      out.put("text", c.text());
    } else if (action instanceof AlertAction.SetPriority p) {
      out.put("priority", p.priority());
    } else if (action instanceof AlertAction.Reassign r) {
      out.put("user", r.user());
    } else if (action instanceof AlertAction.Transition t) {
      out.put("transition", t.transition());
    } else if (action instanceof AlertAction.AddLabel l) {
      out.put("label", l.label());
    }
    return out;
  }
}
