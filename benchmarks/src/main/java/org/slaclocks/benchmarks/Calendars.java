package org.slaclocks.benchmarks;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slaclocks.calendar.BusinessCalendar;
import org.slaclocks.calendar.CalendarBuilder;

/** Realistic calendars for benchmarks: the shapes customers configure, not the simplest ones. */
final class Calendars {
  /** Holidays are generated for these years; benchmark instants stay well inside them. */
  static final int FIRST_YEAR = 2025;

  static final int LAST_YEAR = 2028;

  /** Easter Sunday, the anchor of the movable Dutch holidays. */
  private static final Map<Integer, LocalDate> EASTER =
      Map.of(
          2025, LocalDate.of(2025, 4, 20),
          2026, LocalDate.of(2026, 4, 5),
          2027, LocalDate.of(2027, 3, 28),
          2028, LocalDate.of(2028, 4, 16));

  private static final List<String> MORNING = List.of("09:00-12:30");
  private static final List<String> AFTERNOON = List.of("13:30-17:30");

  private Calendars() {}

  /**
   * An office in Amsterdam: MON-FRI 09:00-12:30 and 13:30-17:30 (8 working hours a day around a
   * lunch break), with 15 holidays a year from {@link #FIRST_YEAR} to {@link #LAST_YEAR}: 12 whole
   * days off (public holidays, bridge and company days) and 3 half days with their own hours.
   */
  static BusinessCalendar amsterdamOffice() {
    CalendarBuilder builder = BusinessCalendar.builder("Amsterdam office", "Europe/Amsterdam");
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.getValue() <= DayOfWeek.FRIDAY.getValue()) {
        builder.hours(day, "09:00-12:30", "13:30-17:30");
      } else {
        builder.hours(day);
      }
    }
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      holidaysOf(year).forEach((date, hours) -> builder.holiday(date.toString(), hours));
    }
    return builder.build();
  }

  /** The 15 holidays of a year; an empty list is a whole day off. Some fall on a weekend. */
  static TreeMap<LocalDate, List<String>> holidaysOf(int year) {
    LocalDate easter = EASTER.get(year);
    TreeMap<LocalDate, List<String>> days = new TreeMap<>();
    add(days, MonthDay.of(1, 1).atYear(year), List.of()); // New Year's Day
    add(days, easter.minusDays(2), List.of()); // Good Friday
    add(days, easter.plusDays(1), List.of()); // Easter Monday
    add(days, MonthDay.of(4, 27).atYear(year), List.of()); // King's Day
    add(days, MonthDay.of(5, 5).atYear(year), List.of()); // Liberation Day
    add(days, easter.plusDays(39), List.of()); // Ascension Day
    add(days, easter.plusDays(40), List.of()); // bridge day after Ascension
    add(days, easter.plusDays(50), List.of()); // Whit Monday
    add(days, firstFriday(year, Month.JULY), AFTERNOON); // summer party: morning off
    add(days, firstFriday(year, Month.AUGUST), List.of()); // company day
    add(days, firstFriday(year, Month.OCTOBER), MORNING); // anniversary: afternoon off
    add(days, MonthDay.of(12, 24).atYear(year), MORNING); // Christmas Eve
    add(days, MonthDay.of(12, 25).atYear(year), List.of()); // Christmas Day
    add(days, MonthDay.of(12, 26).atYear(year), List.of()); // Boxing Day
    add(days, MonthDay.of(12, 31).atYear(year), MORNING); // New Year's Eve
    return days;
  }

  private static LocalDate firstFriday(int year, Month month) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.FRIDAY));
  }

  private static void add(TreeMap<LocalDate, List<String>> days, LocalDate date, List<String> h) {
    if (days.put(date, h) != null) {
      throw new IllegalStateException("two holidays on " + date);
    }
  }
}
