package org.slaclocks.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slaclocks.validation.Problem;
import org.slaclocks.validation.Problems;

/**
 * Collects a calendar from text, as an administrator writes it, and validates it as a whole: {@link
 * #build()} either returns a valid calendar or throws a {@link
 * org.slaclocks.validation.ValidationException} listing every problem with its place in the
 * calendar file ({@code hours.MON[1]}, {@code holidays[3]}).
 */
public final class CalendarBuilder {
  private final String name;
  private final String zoneId;
  private final Map<DayOfWeek, List<WorkingPeriod>> weekly = new EnumMap<>(DayOfWeek.class);
  private final Map<LocalDate, List<WorkingPeriod>> holidays = new LinkedHashMap<>();
  private final Map<LocalDate, List<WorkingPeriod>> workingDays = new LinkedHashMap<>();
  private final Map<LocalDate, String> holidayPaths = new HashMap<>();
  private final Map<LocalDate, String> workingDayPaths = new HashMap<>();
  private final Problems problems = new Problems();
  private int holidayCount;
  private int workingDayCount;

  CalendarBuilder(String name, String zoneId) {
    this.name = name;
    this.zoneId = zoneId;
  }

  /** The working periods of a weekday, each {@code "HH:MM-HH:MM"}; none means a day off. */
  public CalendarBuilder hours(DayOfWeek day, String... periods) {
    String path = "hours." + dayKey(day);
    if (weekly.containsKey(day)) {
      problems.add(path, "the hours of " + dayKey(day) + " are given twice");
    }
    weekly.put(day, periods(path, List.of(periods)));
    return this;
  }

  /** A whole day off. */
  public CalendarBuilder holiday(String date) {
    return holiday(date, List.of());
  }

  /** A holiday with its own, usually shorter, hours; an empty list is a whole day off. */
  public CalendarBuilder holiday(String date, List<String> periods) {
    String path = "holidays[" + holidayCount++ + "]";
    LocalDate day = date(path, date);
    List<WorkingPeriod> hours = periods(path + ".hours", periods);
    if (day != null) {
      String earlier = holidayPaths.putIfAbsent(day, path);
      if (earlier != null) {
        problems.add(path, "holiday " + day + " is listed twice (also " + earlier + ")");
      }
      holidays.put(day, hours);
    }
    return this;
  }

  /** An extra working day (a Saturday before a release, say) with its hours. */
  public CalendarBuilder workingDay(String date, List<String> periods) {
    String path = "workingDays[" + workingDayCount++ + "]";
    LocalDate day = date(path, date);
    List<WorkingPeriod> hours = periods(path + ".hours", periods);
    if (periods.isEmpty()) {
      problems.add(path + ".hours", "an extra working day needs at least one period");
    }
    if (day != null) {
      String earlier = workingDayPaths.putIfAbsent(day, path);
      if (earlier != null) {
        problems.add(path, "working day " + day + " is listed twice (also " + earlier + ")");
      }
      workingDays.put(day, hours);
    }
    return this;
  }

  /** Records a problem found by a reader of the calendar file (a wrong JSON type, say). */
  public CalendarBuilder problem(String path, String message) {
    problems.add(path, message);
    return this;
  }

  /** Problems found so far, before {@link #build()}. */
  public List<Problem> problems() {
    return problems.list();
  }

  public BusinessCalendar build() {
    if (name == null || name.isBlank()) {
      problems.add("name", "a calendar needs a name");
    }
    ZoneId zone = zone();
    for (DayOfWeek day : DayOfWeek.values()) {
      List<WorkingPeriod> today = weekly.getOrDefault(day, List.of());
      checkNoOverlap("hours." + dayKey(day), today);
      List<WorkingPeriod> tomorrow = weekly.getOrDefault(day.plus(1), List.of());
      checkOvernightSpill(day, today, tomorrow);
    }
    holidays.forEach((date, hours) -> checkNoOverlap(holidayPaths.get(date) + ".hours", hours));
    workingDays.forEach(
        (date, hours) -> checkNoOverlap(workingDayPaths.get(date) + ".hours", hours));
    for (LocalDate date : workingDays.keySet()) {
      if (holidays.containsKey(date)) {
        problems.add(
            workingDayPaths.get(date),
            date + " is also a holidays entry (" + holidayPaths.get(date) + "); keep one of them");
      }
    }
    long weeklyMinutes =
        weekly.values().stream().flatMap(List::stream).mapToLong(WorkingPeriod::minutes).sum();
    if (weeklyMinutes == 0) {
      problems.add(
          "hours",
          "the calendar has no working time in an ordinary week, so no deadline could ever be"
              + " reached; give at least one weekday working hours");
    }
    problems.throwIfAny("calendar" + (name == null || name.isBlank() ? "" : " '" + name + "'"));
    return new BusinessCalendar(name, zone, weekly, holidays, workingDays);
  }

  /** The file format's day key: {@code MON} .. {@code SUN}. */
  public static String dayKey(DayOfWeek day) {
    return day.getDisplayName(TextStyle.SHORT, Locale.ROOT).toUpperCase(Locale.ROOT);
  }

  private ZoneId zone() {
    if (zoneId == null || zoneId.isBlank()) {
      problems.add("zone", "a calendar needs a time zone, for example Europe/Amsterdam");
      return null;
    }
    try {
      return ZoneId.of(zoneId);
    } catch (DateTimeException e) {
      problems.add(
          "zone",
          "unknown time zone '"
              + zoneId
              + "': use a region ID of the IANA time zone database such as Europe/Amsterdam");
      return null;
    }
  }

  private List<WorkingPeriod> periods(String path, List<String> texts) {
    List<WorkingPeriod> periods = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      if (text == null) {
        problems.add(path + "[" + i + "]", "a period must be a string \"HH:MM-HH:MM\"");
        continue;
      }
      try {
        periods.add(WorkingPeriod.parse(text));
      } catch (IllegalArgumentException e) {
        problems.add(path + "[" + i + "]", e.getMessage());
      }
    }
    return periods;
  }

  private LocalDate date(String path, String text) {
    if (text == null) {
      problems.add(path, "a date is required, as YYYY-MM-DD");
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(
          path, "malformed date '" + text + "': expected YYYY-MM-DD, for example 2026-12-25");
      return null;
    }
  }

  private void checkNoOverlap(String path, List<WorkingPeriod> periods) {
    List<WorkingPeriod> sorted = periods.stream().sorted().toList();
    for (int i = 1; i < sorted.size(); i++) {
      WorkingPeriod before = sorted.get(i - 1);
      WorkingPeriod after = sorted.get(i);
      if (before.overlaps(after)) {
        problems.add(path, "periods " + before + " and " + after + " overlap");
      }
    }
  }

  private void checkOvernightSpill(
      DayOfWeek day, List<WorkingPeriod> today, List<WorkingPeriod> tomorrow) {
    for (WorkingPeriod period : today) {
      if (!period.isOvernight()) {
        continue;
      }
      WorkingPeriod spill =
          new WorkingPeriod(0, period.endMinute() - WorkingPeriod.MINUTES_PER_DAY);
      for (WorkingPeriod next : tomorrow) {
        if (spill.overlaps(next)) {
          problems.add(
              "hours." + dayKey(day),
              "overnight period "
                  + period
                  + " continues into "
                  + dayKey(day.plus(1))
                  + " and overlaps "
                  + dayKey(day.plus(1))
                  + " "
                  + next);
        }
      }
    }
  }
}
