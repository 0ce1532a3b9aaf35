package org.slaclocks.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slaclocks.calendar.BusinessCalendar;
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
 * metrics, goals, reminders and escalations, service credits, exclusions. A file is read whole or
 * not at all: every problem is reported with its path, and nothing of an invalid file is returned.
 */
public final class PolicyJson {
  private static final Set<String> TOP =
      Set.of("version", "calendars", "agents", "groups", "customFields", "exclusions", "policies");
  private static final Set<String> POLICY =
      Set.of("id", "name", "enabled", "scope", "metrics", "credits");
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
          "parent",
          "reminders",
          "escalations");
  private static final List<String> TEMPLATES =
      List.of("first-response", "next-response", "resolution", "ola");

  private PolicyJson() {}

  /**
   * What a screen needs to edit a metric as this format reads it: under {@code templates}, what
   * each metric template gives a metric that does not say otherwise (its start, stop and pause
   * conditions as the policy file writes them, and whether it has one cycle at most; the {@code
   * ola} entry has one such description for a team's statuses and one for a team's group, with
   * {@code "…"} where the team's statuses or group go); under {@code triggers} and {@code pauses},
   * every start or stop condition and every pause condition with what it is about besides its name
   * ({@code statuses}, {@code values}: lists; {@code group}, {@code field}, {@code value}: texts;
   * {@code value} and {@code values} optional); under {@code alerts}, what a metric's reminders and
   * escalations may say (threshold kinds, levels, actions with their keys, recipients).
   */
  public static JsonNode editorCatalog() {
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.set("templates", MetricTemplates.catalog());
    out.set("triggers", Json.MAPPER.valueToTree(Conditions.TRIGGERS));
    out.set("pauses", Json.MAPPER.valueToTree(Conditions.PAUSES));
    out.set("alerts", AlertJson.catalog());
    return out;
  }

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
    List<Exclusion> exclusions = ScopeJson.exclusions(in, root);
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
    Scope scope = ScopeJson.scope(in, node.get("scope"), path + ".scope");
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
    List<String> ids = new ArrayList<>();
    metricNodes.forEach(m -> ids.add(m.path("id").asText("")));
    org.slaclocks.policy.CreditRules credits = CreditJson.read(in, node, path, ids);
    if (id == null || name == null || scope == null || metrics.contains(null) || credits == null) {
      return null;
    }
    return new SlaPolicy(id, name, enabled, scope, metrics, credits);
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
      goals.add(
          GoalJson.goal(in, goalNodes.get(i), path + ".goals[" + i + "]", calendars, internal));
    }
    String parent = in.text(node, path, "parent", false);
    List<org.slaclocks.policy.AlertRule> alerts = AlertJson.read(in, node, path, goals, internal);
    if (id == null
        || alerts == null
        || name == null
        || start == null
        || stop == null
        || pause == null
        || goals.contains(null)) {
      return null;
    }
    return new Metric(
        id, name, start, stop, pause, firstCycleOnly, goals, internal, parent, alerts);
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

  /**
   * The configuration as a policy file. Metrics are written with their conditions spelt out (a
   * template is a starting point, not something a metric keeps); reading the output gives an equal
   * configuration.
   */
  public static ObjectNode write(SlaConfiguration config) {
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("version", config.version());
    ArrayNode calendars = out.putArray("calendars");
    new TreeMap<>(config.calendars()).values().forEach(c -> calendars.add(CalendarJson.write(c)));
    ObjectNode agents = out.putObject("agents");
    ScopeJson.strings(agents.putArray("users"), config.agentUsers());
    ScopeJson.strings(agents.putArray("groups"), config.agentGroups());
    ScopeJson.strings(agents.putArray("roles"), config.agentRoles());
    ObjectNode groups = out.putObject("groups");
    new TreeMap<>(config.groups()).forEach((g, m) -> ScopeJson.strings(groups.putArray(g), m));
    ObjectNode fields = out.putObject("customFields");
    new TreeMap<>(config.customFieldIds()).forEach(fields::put);
    out.set("exclusions", ScopeJson.write(config.exclusions()));
    ArrayNode policies = out.putArray("policies");
    for (SlaPolicy policy : config.policies()) {
      ObjectNode p = policies.addObject();
      p.put("id", policy.id());
      p.put("name", policy.name());
      p.put("enabled", policy.enabled());
      p.set("scope", ScopeJson.write(policy.scope()));
      ArrayNode metrics = p.putArray("metrics");
      for (Metric metric : policy.metrics()) {
        ObjectNode m = metrics.addObject();
        m.put("id", metric.id());
        m.put("name", metric.name());
        ArrayNode start = m.putArray("start");
        metric.start().forEach(t -> start.add(Conditions.write(t)));
        ArrayNode stop = m.putArray("stop");
        metric.stop().forEach(t -> stop.add(Conditions.write(t)));
        ArrayNode pause = m.putArray("pause");
        metric.pause().forEach(c -> pause.add(Conditions.write(c)));
        m.put("firstCycleOnly", metric.firstCycleOnly());
        if (metric.internalTarget() != null) {
          m.put("internalTarget", Durations.format(metric.internalTarget()));
        }
        if (metric.parentMetric() != null) {
          m.put("parent", metric.parentMetric());
        }
        ArrayNode goals = m.putArray("goals");
        metric.goals().forEach(g -> goals.add(GoalJson.write(g)));
        AlertJson.write(metric.alerts(), m);
      }
      CreditJson.write(policy.credits(), p);
    }
    return out;
  }
}
