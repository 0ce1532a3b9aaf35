package org.slaclocks.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slaclocks.calendar.BusinessCalendar;
import org.slaclocks.policy.CalendarChoice;
import org.slaclocks.policy.Criteria;
import org.slaclocks.policy.Durations;
import org.slaclocks.policy.GoalRow;

/** Goal rows and their calendar choice, in the policy file. */
final class GoalJson {
  private static final Set<String> GOAL = Set.of("when", "target", "internalTarget", "calendar");

  private GoalJson() {}

  static GoalRow goal(
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
    Duration target = PolicyJson.duration(in, node, path, "target", true);
    Duration internal = PolicyJson.duration(in, node, path, "internalTarget", false);
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

  static ObjectNode write(GoalRow row) {
    ObjectNode out = Json.MAPPER.createObjectNode();
    if (!row.when().valuesByField().isEmpty()) {
      ObjectNode when = out.putObject("when");
      row.when()
          .valuesByField()
          .forEach((field, values) -> ScopeJson.strings(when.putArray(field), values));
    }
    out.put("target", Durations.format(row.target()));
    if (row.internalTarget() != null) {
      out.put("internalTarget", Durations.format(row.internalTarget()));
    }
    if (row.calendar() instanceof CalendarChoice.ByField byField) {
      ObjectNode calendar = out.putObject("calendar");
      calendar.put("field", byField.field());
      ObjectNode map = calendar.putObject("map");
      new TreeMap<>(byField.calendars()).forEach(map::put);
      calendar.put("default", byField.fallback());
    } else if (row.calendar() instanceof CalendarChoice.Fixed fixed) {
      out.put("calendar", fixed.calendar());
    }
    return out;
  }
}
