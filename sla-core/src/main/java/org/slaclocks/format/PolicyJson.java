package org.slaclocks.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slaclocks.calendar.BusinessCalendar;
import org.slaclocks.clock.ExclusionWindow;
import org.slaclocks.history.FieldNames;
import org.slaclocks.policy.CalendarChoice;
import org.slaclocks.policy.Criteria;
import org.slaclocks.policy.Durations;
import org.slaclocks.policy.Exclusion;
import org.slaclocks.policy.GoalRow;
import org.slaclocks.policy.Metric;
import org.slaclocks.policy.PauseCondition;
import org.slaclocks.policy.Scope;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.policy.SlaPolicy;
import org.slaclocks.policy.Trigger;
import org.slaclocks.validation.Problems;
import org.slaclocks.validation.ValidationException;

/**
 * The policy file (documented in {@code docs/policy-format.md}): calendars, agents, policies with
 * metrics and goals, exclusions. A file is read whole or not at all: every problem is reported with
 * its path, and nothing of an invalid file is returned.
 */
public final class PolicyJson {
  private static final Set<String> TOP =
      Set.of("version", "calendars", "agents", "groups", "customFields", "exclusions", "policies");
  private static final Set<String> POLICY = Set.of("id", "name", "enabled", "scope", "metrics");
  private static final Set<String> SCOPE =
      Set.of(
          "projects",
          "issueTypes",
          "priorities",
          "labels",
          "components",
          "fields",
          "reporterGroups",
          "jql");
  private static final Set<String> METRIC =
      Set.of(
          "id",
          "name",
          "template",
          "statuses",
          "group",
          "start",
          "stop",
          "pause",
          "firstCycleOnly",
          "goals",
          "internalTarget",
          "parent");
  private static final Set<String> GOAL = Set.of("when", "target", "internalTarget", "calendar");
  private static final Set<String> EXCLUSION = Set.of("id", "from", "to", "reason", "issue");
  private static final List<String> TEMPLATES =
      List.of("first-response", "next-response", "resolution", "ola");

  private PolicyJson() {}

  public static SlaConfiguration parse(String json) {
    return read(Json.parse(json, "policy file"));
  }

  public static SlaConfiguration read(JsonNode root) {
    Problems problems = new Problems();
    JsonReader in = new JsonReader(problems);
    if (!root.isObject()) {
      in.problem("", "a policy file must be a JSON object");
      problems.throwIfAny("policy file");
    }
    in.onlyKeys(root, "", TOP, "a policy file");
    long version = 1;
    if (root.has("version")) {
      if (!root.get("version").canConvertToLong() || root.get("version").asLong() < 1) {
        in.problem("version", "must be a positive whole number");
      } else {
        version = root.get("version").asLong();
      }
    }
    Map<String, BusinessCalendar> calendars = calendars(in, root);
    Set<String> agentUsers = Set.of();
    Set<String> agentGroups = Set.of();
    Set<String> agentRoles = Set.of();
    JsonNode agents = root.get("agents");
    if (agents != null) {
      if (!agents.isObject()) {
        in.problem("agents", "must be an object with users and groups");
      } else {
        in.onlyKeys(agents, "agents", Set.of("users", "groups", "roles"), "agents");
        agentUsers = in.stringSet(agents, "agents", "users");
        agentGroups = in.stringSet(agents, "agents", "groups");
        agentRoles = in.stringSet(agents, "agents", "roles");
      }
    }
    Map<String, Set<String>> groups = in.stringSets(root, "", "groups");
    Map<String, String> customFields = in.stringMap(root.get("customFields"), "customFields");
    List<Exclusion> exclusions = exclusions(in, root);
    List<SlaPolicy> policies = new ArrayList<>();
    Set<String> policyIds = new HashSet<>();
    List<JsonNode> policyNodes = in.array(root, "", "policies", true);
    if (root.has("policies") && policyNodes.isEmpty() && root.get("policies").isArray()) {
      in.problem("policies", "at least one policy is needed");
    }
    for (int i = 0; i < policyNodes.size(); i++) {
      JsonNode node = policyNodes.get(i);
      String id = node.path("id").asText(null);
      if (id != null && !policyIds.add(id)) {
        in.problem("policies[" + i + "].id", "policy id '" + id + "' is used twice");
      }
      policies.add(policy(in, node, "policies[" + i + "]", calendars));
    }
    problems.throwIfAny("policy file");
    calendars.values().removeIf(java.util.Objects::isNull);
    return new SlaConfiguration(
        version,
        calendars,
        policies,
        exclusions,
        agentUsers,
        agentGroups,
        agentRoles,
        groups,
        customFields);
  }

  private static Map<String, BusinessCalendar> calendars(JsonReader in, JsonNode root) {
    Map<String, BusinessCalendar> calendars = new LinkedHashMap<>();
    List<JsonNode> nodes = in.array(root, "", "calendars", true);
    Set<String> names = new HashSet<>();
    for (int i = 0; i < nodes.size(); i++) {
      String path = "calendars[" + i + "]";
      String name = nodes.get(i).path("name").asText(null);
      if (name != null && !names.add(name)) {
        in.problem(path + ".name", "calendar name '" + name + "' is used twice");
        continue;
      }
      try {
        BusinessCalendar calendar = CalendarJson.read(nodes.get(i));
        calendars.put(calendar.name(), calendar);
      } catch (ValidationException e) {
        in.problems().addAll(path, e.problems());
        if (name != null) {
          calendars.put(name, null); // declared: goals naming it get no second, misleading error
        }
      }
    }
    return calendars;
  }

  private static List<Exclusion> exclusions(JsonReader in, JsonNode root) {
    List<Exclusion> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<JsonNode> nodes = in.array(root, "", "exclusions", false);
    for (int i = 0; i < nodes.size(); i++) {
      JsonNode node = nodes.get(i);
      String path = "exclusions[" + i + "]";
      if (!node.isObject()) {
        in.problem(path, "must be an object with id, from, to and reason");
        continue;
      }
      in.onlyKeys(node, path, EXCLUSION, "an exclusion");
      String id = in.text(node, path, "id", true);
      Instant from = instant(in, node, path, "from");
      Instant to = instant(in, node, path, "to");
      String reason = in.text(node, path, "reason", true);
      String issue = in.text(node, path, "issue", false);
      if (id != null && !ids.add(id)) {
        in.problem(path + ".id", "exclusion id '" + id + "' is used twice");
      }
      if (from != null && to != null && !to.isAfter(from)) {
        in.problem(path + ".to", "must be after from (" + node.get("from").asText() + ")");
        continue;
      }
      if (id != null && from != null && to != null && reason != null) {
        out.add(new Exclusion(id, new ExclusionWindow(from, to, reason), issue));
      }
    }
    return out;
  }

  private static SlaPolicy policy(
      JsonReader in, JsonNode node, String path, Map<String, BusinessCalendar> calendars) {
    if (!node.isObject()) {
      in.problem(path, "a policy must be an object");
      return null;
    }
    in.onlyKeys(node, path, POLICY, "a policy");
    String id = in.text(node, path, "id", true);
    String name = in.text(node, path, "name", true);
    boolean enabled = in.bool(node, path, "enabled", true);
    Scope scope = scope(in, node.get("scope"), path + ".scope");
    List<Metric> metrics = new ArrayList<>();
    Set<String> metricIds = new HashSet<>();
    List<JsonNode> metricNodes = in.array(node, path, "metrics", true);
    if (node.has("metrics") && metricNodes.isEmpty() && node.get("metrics").isArray()) {
      in.problem(path + ".metrics", "a policy needs at least one metric");
    }
    for (int i = 0; i < metricNodes.size(); i++) {
      String metricPath = path + ".metrics[" + i + "]";
      String metricId = metricNodes.get(i).path("id").asText(null);
      if (metricId != null && !metricIds.add(metricId)) {
        in.problem(metricPath + ".id", "metric id '" + metricId + "' is used twice in this policy");
      }
      metrics.add(metric(in, metricNodes.get(i), metricPath, calendars));
    }
    if (id == null || name == null || scope == null || metrics.contains(null)) {
      return null;
    }
    return new SlaPolicy(id, name, enabled, scope, metrics);
  }

  private static Scope scope(JsonReader in, JsonNode node, String path) {
    if (node == null || node.isNull()) {
      return Scope.ALL;
    }
    if (!node.isObject()) {
      in.problem(path, "must be an object");
      return null;
    }
    in.onlyKeys(node, path, SCOPE, "a scope");
    Map<String, Set<String>> tests = new LinkedHashMap<>();
    putIfAny(tests, FieldNames.PROJECT, in.stringSet(node, path, "projects"));
    putIfAny(tests, FieldNames.ISSUE_TYPE, in.stringSet(node, path, "issueTypes"));
    putIfAny(tests, FieldNames.PRIORITY, in.stringSet(node, path, "priorities"));
    putIfAny(tests, FieldNames.LABELS, in.stringSet(node, path, "labels"));
    putIfAny(tests, FieldNames.COMPONENTS, in.stringSet(node, path, "components"));
    in.stringSets(node, path, "fields").forEach((field, values) -> putIfAny(tests, field, values));
    return new Scope(
        new Criteria(tests),
        in.stringSet(node, path, "reporterGroups"),
        in.text(node, path, "jql", false));
  }

  private static void putIfAny(Map<String, Set<String>> tests, String field, Set<String> values) {
    if (!values.isEmpty()) {
      tests.put(field, values);
    }
  }

  private static Metric metric(
      JsonReader in, JsonNode node, String path, Map<String, BusinessCalendar> calendars) {
    if (!node.isObject()) {
      in.problem(path, "a metric must be an object");
      return null;
    }
    in.onlyKeys(node, path, METRIC, "a metric");
    String id = in.text(node, path, "id", true);
    String name = in.text(node, path, "name", true);
    String template = in.text(node, path, "template", false);
    MetricTemplates.Defaults defaults = MetricTemplates.Defaults.NONE;
    if (template != null) {
      if (!TEMPLATES.contains(template)) {
        in.problem(
            path + ".template",
            "unknown template '" + template + "'; use one of " + String.join(", ", TEMPLATES));
      } else {
        defaults = MetricTemplates.defaults(in, node, path, template);
      }
    }
    List<Trigger> start =
        node.has("start")
            ? Conditions.triggers(in, node.get("start"), path + ".start")
            : defaults.start();
    List<Trigger> stop =
        node.has("stop")
            ? Conditions.triggers(in, node.get("stop"), path + ".stop")
            : defaults.stop();
    List<PauseCondition> pause =
        node.has("pause")
            ? Conditions.pauses(in, node.get("pause"), path + ".pause")
            : defaults.pause();
    if (start != null && start.isEmpty()) {
      in.problem(path + ".start", "a metric needs at least one start condition (or a template)");
    }
    if (stop != null && stop.isEmpty()) {
      in.problem(path + ".stop", "a metric needs at least one stop condition (or a template)");
    }
    boolean firstCycleOnly = in.bool(node, path, "firstCycleOnly", defaults.firstCycleOnly());
    Duration internal = duration(in, node, path, "internalTarget", false);
    List<GoalRow> goals = new ArrayList<>();
    List<JsonNode> goalNodes = in.array(node, path, "goals", true);
    if (node.has("goals") && goalNodes.isEmpty() && node.get("goals").isArray()) {
      in.problem(path + ".goals", "a metric needs at least one goal row");
    }
    for (int i = 0; i < goalNodes.size(); i++) {
      goals.add(goal(in, goalNodes.get(i), path + ".goals[" + i + "]", calendars, internal));
    }
    String parent = in.text(node, path, "parent", false);
    if (id == null
        || name == null
        || start == null
        || stop == null
        || pause == null
        || goals.contains(null)) {
      return null;
    }
    return new Metric(id, name, start, stop, pause, firstCycleOnly, goals, internal, parent);
  }

  private static GoalRow goal(
      JsonReader in,
      JsonNode node,
      String path,
      Map<String, BusinessCalendar> calendars,
      Duration metricInternal) {
    if (!node.isObject()) {
      in.problem(path, "a goal row must be an object with target and calendar");
      return null;
    }
    in.onlyKeys(node, path, GOAL, "a goal row");
    Criteria when = Criteria.ANY;
    if (node.has("when")) {
      if (!node.get("when").isObject()) {
        in.problem(
            path + ".when",
            "must be an object of field -> values, e.g. {\"priority\": [\"Highest\"]}");
      } else {
        when = new Criteria(in.stringSets(node, path, "when"));
      }
    }
    Duration target = duration(in, node, path, "target", true);
    Duration internal = duration(in, node, path, "internalTarget", false);
    if (target != null && (target.isZero() || target.isNegative())) {
      in.problem(path + ".target", "must be longer than zero");
      target = null;
    }
    Duration effectiveInternal = internal != null ? internal : metricInternal;
    if (target != null && effectiveInternal != null && effectiveInternal.compareTo(target) >= 0) {
      in.problem(
          internal != null ? path + ".internalTarget" : path + ".target",
          "the internal target ("
              + Durations.format(effectiveInternal)
              + ") must be shorter than the target ("
              + Durations.format(target)
              + ")");
    }
    CalendarChoice calendar =
        calendarChoice(in, node.get("calendar"), path + ".calendar", calendars);
    if (target == null || calendar == null) {
      return null;
    }
    return new GoalRow(when, target, internal, calendar);
  }

  private static CalendarChoice calendarChoice(
      JsonReader in, JsonNode node, String path, Map<String, BusinessCalendar> calendars) {
    if (node == null || node.isNull()) {
      in.problem(
          path, "required: a calendar name, or {\"field\": ..., \"map\": {...}, \"default\": ...}");
      return null;
    }
    if (node.isTextual()) {
      return knownCalendar(in, node.asText(), path, calendars)
          ? new CalendarChoice.Fixed(node.asText())
          : null;
    }
    if (!node.isObject()) {
      in.problem(path, "must be a calendar name or an object choosing one by field");
      return null;
    }
    in.onlyKeys(node, path, Set.of("field", "map", "default"), "a calendar choice");
    String field = in.text(node, path, "field", true);
    Map<String, String> map = in.stringMap(node.get("map"), path + ".map");
    String fallback = in.text(node, path, "default", true);
    boolean ok = field != null && fallback != null;
    for (Map.Entry<String, String> e : map.entrySet()) {
      ok &= knownCalendar(in, e.getValue(), path + ".map." + e.getKey(), calendars);
    }
    if (fallback != null) {
      ok &= knownCalendar(in, fallback, path + ".default", calendars);
    }
    return ok ? new CalendarChoice.ByField(field, map, fallback) : null;
  }

  private static boolean knownCalendar(
      JsonReader in, String name, String path, Map<String, BusinessCalendar> calendars) {
    if (calendars.containsKey(name)) {
      return true;
    }
    in.problem(
        path,
        "no calendar named '"
            + name
            + "'"
            + (calendars.isEmpty() ? "" : "; known: " + String.join(", ", calendars.keySet())));
    return false;
  }

  static Duration duration(
      JsonReader in, JsonNode node, String path, String key, boolean required) {
    String text = in.text(node, path, key, required);
    if (text == null) {
      return null;
    }
    try {
      return Durations.parse(text);
    } catch (IllegalArgumentException e) {
      in.problem(JsonReader.join(path, key), e.getMessage());
      return null;
    }
  }

  private static Instant instant(JsonReader in, JsonNode node, String path, String key) {
    String text = in.text(node, path, key, true);
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      in.problem(
          JsonReader.join(path, key),
          "'" + text + "' is not an instant; write e.g. 2026-03-02T14:00:00+01:00 or ...Z");
      return null;
    }
  }
}
