package org.slaclocks.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slaclocks.clock.ExclusionWindow;
import org.slaclocks.history.FieldNames;
import org.slaclocks.policy.Criteria;
import org.slaclocks.policy.Exclusion;
import org.slaclocks.policy.Scope;

/** A policy's scope and the exclusion windows, in the policy file. */
final class ScopeJson {
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
  private static final Set<String> EXCLUSION =
      Set.of("id", "from", "to", "reason", "issue", "issueId");

  /** The scope keys that stand for a system field, in the order they are written. */
  private static final Map<String, String> FIELD_KEYS =
      Map.of(
          FieldNames.PROJECT, "projects",
          FieldNames.ISSUE_TYPE, "issueTypes",
          FieldNames.PRIORITY, "priorities",
          FieldNames.LABELS, "labels",
          FieldNames.COMPONENTS, "components");

  private ScopeJson() {}

  static Scope scope(JsonReader in, JsonNode node, String path) {
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

  static List<Exclusion> exclusions(JsonReader in, JsonNode root) {
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
      Long issueId = issueId(in, node, path);
      if (issue != null && issue.isBlank()) {
        in.problem(path + ".issue", "must be an issue key such as HELP-12, or left out");
        issue = null;
      }
      if (id != null && !ids.add(id)) {
        in.problem(path + ".id", "exclusion id '" + id + "' is used twice");
      }
      if (from != null && to != null && !to.isAfter(from)) {
        in.problem(path + ".to", "must be after from (" + node.get("from").asText() + ")");
        continue;
      }
      if (id != null && from != null && to != null && reason != null) {
        out.add(new Exclusion(id, new ExclusionWindow(from, to, reason), issueId, issue));
      }
    }
    return out;
  }

  /** The Jira issue id, which survives moves; null when absent or wrong (then a problem). */
  private static Long issueId(JsonReader in, JsonNode node, String path) {
    JsonNode value = node.get("issueId");
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 1) {
      in.problem(
          path + ".issueId", "must be a Jira issue id, a positive whole number such as 10012");
      return null;
    }
    return value.asLong();
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

  static ObjectNode write(Scope scope) {
    ObjectNode out = Json.MAPPER.createObjectNode();
    ObjectNode fields = Json.MAPPER.createObjectNode();
    for (Map.Entry<String, Set<String>> test : scope.criteria().valuesByField().entrySet()) {
      String key = FIELD_KEYS.get(test.getKey());
      strings(key != null ? out.putArray(key) : fields.putArray(test.getKey()), test.getValue());
    }
    if (!fields.isEmpty()) {
      out.set("fields", fields);
    }
    if (!scope.reporterGroups().isEmpty()) {
      strings(out.putArray("reporterGroups"), scope.reporterGroups());
    }
    if (scope.jql() != null) {
      out.put("jql", scope.jql());
    }
    return out;
  }

  static ArrayNode write(List<Exclusion> exclusions) {
    ArrayNode out = Json.MAPPER.createArrayNode();
    for (Exclusion exclusion : exclusions) {
      ObjectNode e = out.addObject();
      e.put("id", exclusion.id());
      e.put("from", exclusion.window().startInclusive().toString());
      e.put("to", exclusion.window().endExclusive().toString());
      e.put("reason", exclusion.window().reason());
      if (exclusion.issueKey() != null) {
        e.put("issue", exclusion.issueKey());
      }
      if (exclusion.issueId() != null) {
        e.put("issueId", exclusion.issueId());
      }
    }
    return out;
  }

  /** Values sorted, so that an export is the same file every time. */
  static void strings(ArrayNode array, Iterable<String> values) {
    List<String> sorted = new ArrayList<>();
    values.forEach(sorted::add);
    sorted.sort(null);
    sorted.forEach(array::add);
  }
}
