package org.slaclocks.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slaclocks.format.ICalendarHolidays.Holiday;
import org.slaclocks.format.ICalendarHolidays.Merged;
import org.slaclocks.format.ICalendarHolidays.Result;
import org.slaclocks.format.ICalendarHolidays.Skipped;

/**
 * Adds imported holidays to a calendar's JSON without touching what the administrator wrote: a date
 * already listed keeps its entry (a half day stays a half day, an extra working day stays one).
 */
final class HolidayMerge {
  private HolidayMerge() {}

  static Merged merge(ObjectNode calendarJson, Result result) {
    CalendarJson.read(calendarJson); // an invalid calendar is rejected before anything is added
    ObjectNode out = calendarJson.deepCopy();
    Map<LocalDate, String> listed = new HashMap<>();
    List<JsonNode> holidays = new ArrayList<>();
    JsonNode existing = out.get("holidays");
    if (existing != null) {
      for (int i = 0; i < existing.size(); i++) {
        JsonNode day = existing.get(i);
        holidays.add(day);
        listed.put(
            date(day),
            day.isObject() && day.has("hours") && !day.get("hours").isEmpty()
                ? "already a holiday with its own hours "
                    + hours(day.get("hours"))
                    + " (holidays["
                    + i
                    + "]), kept as it is"
                : "already a holiday (holidays[" + i + "])");
      }
    }
    JsonNode workingDays = out.get("workingDays");
    if (workingDays != null) {
      for (int i = 0; i < workingDays.size(); i++) {
        listed.put(
            date(workingDays.get(i)),
            "an extra working day in the calendar (workingDays[" + i + "]), kept as a working day");
      }
    }
    List<Holiday> added = new ArrayList<>();
    List<Skipped> notAdded = new ArrayList<>();
    for (Holiday holiday : result.holidays()) {
      String reason = listed.get(holiday.date());
      if (reason != null) {
        notAdded.add(new Skipped(holiday.date(), holiday.name(), reason));
      } else {
        added.add(holiday);
        holidays.add(TextNode.valueOf(holiday.date().toString()));
      }
    }
    holidays.sort(Comparator.comparing(HolidayMerge::date));
    ArrayNode array = out.putArray("holidays");
    holidays.forEach(array::add);
    return new Merged(out, added, notAdded);
  }

  /** The date of a day entry: {@code "2026-12-25"} or {@code {"date": "2026-12-25", ...}}. */
  private static LocalDate date(JsonNode day) {
    return LocalDate.parse(day.isTextual() ? day.asText() : day.get("date").asText());
  }

  private static String hours(JsonNode periods) {
    List<String> out = new ArrayList<>();
    periods.forEach(p -> out.add(p.asText()));
    return String.join(", ", out);
  }
}
