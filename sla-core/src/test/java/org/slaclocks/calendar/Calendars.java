package org.slaclocks.calendar;

import java.time.DayOfWeek;
import java.util.List;

/** Test data builders for calendars a helpdesk would have. */
public final class Calendars {
  private Calendars() {}

  /** Monday to Friday, 09:00-17:00. */
  public static BusinessCalendar nineToFive(String zone) {
    return weekdays(zone, "09:00-17:00").build();
  }

  /** Every day, all day, in a zone (a 24/7 calendar that still follows that zone's DST). */
  public static BusinessCalendar allDay(String zone) {
    CalendarBuilder b = BusinessCalendar.builder("all day " + zone, zone);
    for (DayOfWeek day : DayOfWeek.values()) {
      b.hours(day, "00:00-24:00");
    }
    return b.build();
  }

  /** Monday to Friday with the given periods. */
  public static CalendarBuilder weekdays(String zone, String... periods) {
    CalendarBuilder b = BusinessCalendar.builder("weekdays " + zone, zone);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.getValue() <= 5) {
        b.hours(day, periods);
      }
    }
    return b;
  }

  /**
   * The Amsterdam office of the file format's example: a lunch break on Monday, shorter Friday,
   * Christmas holidays and a half day on Christmas Eve 2026, an extra Sunday working day.
   */
  public static BusinessCalendar amsterdamOffice() {
    return BusinessCalendar.builder("Amsterdam office", "Europe/Amsterdam")
        .hours(DayOfWeek.MONDAY, "09:00-12:30", "13:30-17:30")
        .hours(DayOfWeek.TUESDAY, "09:00-17:30")
        .hours(DayOfWeek.WEDNESDAY, "09:00-17:30")
        .hours(DayOfWeek.THURSDAY, "09:00-17:30")
        .hours(DayOfWeek.FRIDAY, "09:00-16:00")
        .holiday("2026-12-25")
        .holiday("2026-12-26")
        .holiday("2026-12-24", List.of("09:00-12:00"))
        .holiday("2027-01-01")
        .workingDay("2026-12-27", List.of("10:00-14:00"))
        .build();
  }

  /** A night shift, Monday to Friday 22:00-06:00 (each shift ends the next morning). */
  public static BusinessCalendar nightShift(String zone) {
    return weekdays(zone, "22:00-06:00").build();
  }

  /** Lunch breaks on every weekday and fifteen holidays a year, some of them half days. */
  public static BusinessCalendar withLunchAndHolidays(String zone) {
    CalendarBuilder b = weekdays(zone, "09:00-12:30", "13:30-17:30");
    for (int year = 2025; year <= 2028; year++) {
      for (String day :
          List.of(
              "01-01", "01-02", "03-17", "04-06", "04-27", "05-05", "05-14", "05-25", "07-14",
              "08-15", "11-11", "12-25", "12-26")) {
        b.holiday(year + "-" + day);
      }
      b.holiday(year + "-12-24", List.of("09:00-12:30"));
      b.holiday(year + "-12-31", List.of("09:00-12:30"));
    }
    return b.build();
  }
}
