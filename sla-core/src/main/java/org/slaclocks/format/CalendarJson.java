package org.slaclocks.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slaclocks.calendar.BusinessCalendar;
import org.slaclocks.calendar.CalendarBuilder;
import org.slaclocks.calendar.WorkingPeriod;

/**
 * The public calendar file format (documented in {@code docs/calendar-format.md}): reads it with
 * every problem reported by its path, and writes a calendar back so that reading the output gives
 * an equal calendar.
 */
public final class CalendarJson {
  private static final Set<String> KEYS =
      Set.of("name", "zone", "hours", "holidays", "workingDays");
  private static final String TWENTY_FOUR_SEVEN = "24/7";

  private CalendarJson() {}

  /** Parses calendar JSON text; malformed JSON and invalid calendars both fail with a message. */
  public static BusinessCalendar parse(String json) {
    return read(Json.parse(json, "calendar"));
  }

  /**
   * Reads a calendar object. Throws {@link org.slaclocks.validation.ValidationException} with all
   * problems, paths relative to the calendar object.
   */
  public static BusinessCalendar read(JsonNode node) {
    if (node == null || !node.isObject()) {
      CalendarBuilder builder = BusinessCalendar.builder("?", "UTC");
      builder.problem("", "a calendar must be a JSON object");
      return builder.build();
    }
    CalendarBuilder builder = BusinessCalendar.builder(text(node, "name"), text(node, "zone"));
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!KEYS.contains(key)) {
        builder.problem(key, "unknown key; a calendar has " + String.join(", ", sorted(KEYS)));
      }
    }
    checkText(builder, node, "name");
    checkText(builder, node, "zone");
    readHours(builder, node.get("hours"));
    readDays(builder, node.get("holidays"), "holidays", true);
    readDays(builder, node.get("workingDays"), "workingDays", false);
    return builder.build();
  }

  /** The calendar as a JSON object in the file format. */
  public static ObjectNode write(BusinessCalendar calendar) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode out = f.objectNode();
    out.put("name", calendar.name());
    out.put("zone", calendar.zone().getId());
    ObjectNode hours = out.putObject("hours");
    for (DayOfWeek day : DayOfWeek.values()) {
      hours.set(CalendarBuilder.dayKey(day), periods(calendar.weeklyHours().get(day)));
    }
    ArrayNode holidays = out.putArray("holidays");
    for (Map.Entry<LocalDate, List<WorkingPeriod>> e : calendar.holidays().entrySet()) {
      if (e.getValue().isEmpty()) {
        holidays.add(e.getKey().toString());
      } else {
        ObjectNode day = holidays.addObject();
        day.put("date", e.getKey().toString());
        day.set("hours", periods(e.getValue()));
      }
    }
    ArrayNode workingDays = out.putArray("workingDays");
    for (Map.Entry<LocalDate, List<WorkingPeriod>> e : calendar.workingDays().entrySet()) {
      ObjectNode day = workingDays.addObject();
      day.put("date", e.getKey().toString());
      day.set("hours", periods(e.getValue()));
    }
    return out;
  }

  private static void readHours(CalendarBuilder builder, JsonNode hours) {
    if (hours == null) {
      builder.problem(
          "hours", "required: the weekly working hours, e.g. {\"MON\": [\"09:00-17:00\"]}");
      return;
    }
    if (hours.isTextual() && TWENTY_FOUR_SEVEN.equals(hours.asText())) {
      for (DayOfWeek day : DayOfWeek.values()) {
        builder.hours(day, "00:00-24:00");
      }
      return;
    }
    if (!hours.isObject()) {
      builder.problem("hours", "must be an object with keys MON..SUN, or the text \"24/7\"");
      return;
    }
    for (Map.Entry<String, JsonNode> e : hours.properties()) {
      DayOfWeek day = dayOf(e.getKey());
      String path = "hours." + e.getKey();
      if (day == null) {
        builder.problem(path, "unknown day key; use MON, TUE, WED, THU, FRI, SAT or SUN");
        continue;
      }
      List<String> periods = strings(builder, path, e.getValue());
      if (periods != null) {
        builder.hours(day, periods.toArray(String[]::new));
      }
    }
  }

  private static void readDays(
      CalendarBuilder builder, JsonNode days, String key, boolean holidays) {
    if (days == null) {
      return;
    }
    if (!days.isArray()) {
      builder.problem(key, "must be an array of dates or {\"date\": ..., \"hours\": [...]}");
      return;
    }
    for (int i = 0; i < days.size(); i++) {
      JsonNode day = days.get(i);
      String path = key + "[" + i + "]";
      String date;
      List<String> hours = List.of();
      if (day.isTextual() && holidays) {
        date = day.asText();
      } else if (day.isObject()) {
        for (Iterator<String> it = day.fieldNames(); it.hasNext(); ) {
          String field = it.next();
          if (!field.equals("date") && !field.equals("hours")) {
            builder.problem(path + "." + field, "unknown key; a day has date and hours");
          }
        }
        JsonNode dateNode = day.get("date");
        date = dateNode != null && dateNode.isTextual() ? dateNode.asText() : null;
        if (day.has("hours")) {
          hours = strings(builder, path + ".hours", day.get("hours"));
          if (hours == null) {
            hours = List.of();
          }
        } else if (!holidays) {
          builder.problem(path + ".hours", "required: the hours of the extra working day");
        }
      } else {
        builder.problem(
            path,
            holidays
                ? "must be a date \"YYYY-MM-DD\" or {\"date\": \"YYYY-MM-DD\", \"hours\": [...]}"
                : "must be {\"date\": \"YYYY-MM-DD\", \"hours\": [\"HH:MM-HH:MM\", ...]}");
        continue;
      }
      if (holidays) {
        builder.holiday(date, hours);
      } else {
        builder.workingDay(date, hours);
      }
    }
  }

  private static List<String> strings(CalendarBuilder builder, String path, JsonNode node) {
    if (!node.isArray()) {
      builder.problem(path, "must be an array of periods such as [\"09:00-17:00\"]");
      return null;
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      if (!item.isTextual()) {
        builder.problem(path + "[" + i + "]", "a period must be a string \"HH:MM-HH:MM\"");
      } else {
        out.add(item.asText());
      }
    }
    return out.size() == node.size() ? out : null;
  }

  private static ArrayNode periods(List<WorkingPeriod> periods) {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    periods.forEach(p -> out.add(p.toString()));
    return out;
  }

  private static DayOfWeek dayOf(String key) {
    for (DayOfWeek day : DayOfWeek.values()) {
      if (CalendarBuilder.dayKey(day).equals(key)) {
        return day;
      }
    }
    return null;
  }

  private static String text(JsonNode node, String key) {
    JsonNode value = node.get(key);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  private static void checkText(CalendarBuilder builder, JsonNode node, String key) {
    JsonNode value = node.get(key);
    if (value != null && !value.isTextual()) {
      builder.problem(key, "must be a string");
    }
  }

  private static List<String> sorted(Set<String> keys) {
    return keys.stream().sorted().toList();
  }
}
