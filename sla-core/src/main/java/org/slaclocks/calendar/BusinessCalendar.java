package org.slaclocks.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * When an SLA clock may run: a time zone, weekly working periods, holidays (a day off, or a day
 * with its own hours) and extra working days.
 *
 * <p>Invariants: the weekly hours have working time (so every deadline exists), periods of a day do
 * not overlap, and a date is not both a holiday and an extra working day. Instances are immutable
 * and safe to share between threads; the arithmetic is answered from an index of working intervals
 * with cumulative totals that is built lazily, about a year at a time (see {@link CalendarIndex}),
 * so that a 30-business-day deadline costs about what an 8-hour one does.
 *
 * <p>Local times become instants with the calendar's zone: in a DST gap a local time moves forward
 * (as {@link java.time.ZonedDateTime#ofLocal} does), in an overlap the earlier offset is used.
 * Working time is always real elapsed time between instants. An overnight period belongs to the day
 * it starts on, so a holiday on the next day does not cut it short.
 */
public final class BusinessCalendar {
  private final String name;
  private final ZoneId zone;
  private final Map<DayOfWeek, List<WorkingPeriod>> weeklyHours;
  private final NavigableMap<LocalDate, List<WorkingPeriod>> holidays;
  private final NavigableMap<LocalDate, List<WorkingPeriod>> workingDays;
  private final CalendarIndex index;

  BusinessCalendar(
      String name,
      ZoneId zone,
      Map<DayOfWeek, List<WorkingPeriod>> weeklyHours,
      Map<LocalDate, List<WorkingPeriod>> holidays,
      Map<LocalDate, List<WorkingPeriod>> workingDays) {
    this.name = Objects.requireNonNull(name, "name");
    this.zone = Objects.requireNonNull(zone, "zone");
    EnumMap<DayOfWeek, List<WorkingPeriod>> weekly = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      weekly.put(day, sorted(weeklyHours.getOrDefault(day, List.of())));
    }
    this.weeklyHours = Collections.unmodifiableMap(weekly);
    this.holidays = sortedCopy(holidays);
    this.workingDays = sortedCopy(workingDays);
    this.index = new CalendarIndex(this.zone, this::periodsOn);
  }

  /** Starts a calendar; {@link CalendarBuilder#build()} validates it as a whole. */
  public static CalendarBuilder builder(String name, String zoneId) {
    return new CalendarBuilder(name, zoneId);
  }

  /** Round the clock, every day, in UTC: the calendar of "24/7" goals. */
  public static BusinessCalendar twentyFourSeven(String name) {
    CalendarBuilder builder = builder(name, "UTC");
    for (DayOfWeek day : DayOfWeek.values()) {
      builder.hours(day, "00:00-24:00");
    }
    return builder.build();
  }

  public String name() {
    return name;
  }

  public ZoneId zone() {
    return zone;
  }

  /** Working periods of each weekday, sorted; an empty list is a day off. */
  public Map<DayOfWeek, List<WorkingPeriod>> weeklyHours() {
    return weeklyHours;
  }

  /**
   * Holidays by date: an empty list is a whole day off, otherwise the day's own (shorter) hours.
   */
  public NavigableMap<LocalDate, List<WorkingPeriod>> holidays() {
    return holidays;
  }

  /** Extra working days by date, with their hours. */
  public NavigableMap<LocalDate, List<WorkingPeriod>> workingDays() {
    return workingDays;
  }

  /** The periods that start on a local date, after holidays and extra working days. */
  public List<WorkingPeriod> periodsOn(LocalDate date) {
    List<WorkingPeriod> special = holidays.get(date);
    if (special != null) {
      return special;
    }
    special = workingDays.get(date);
    if (special != null) {
      return special;
    }
    return weeklyHours.get(date.getDayOfWeek());
  }

  /** The length of {@code [startInclusive, endExclusive)} that falls in working periods. */
  public Duration workingTime(Instant startInclusive, Instant endExclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    return index.workingTime(startInclusive, endExclusive);
  }

  /**
   * The earliest instant {@code t}, not before the first working instant at or after {@code start},
   * with {@code workingTime(start, t)} equal to {@code duration}. A deadline that lands on the end
   * of a period is that end (17:00, not the next morning); a zero duration gives {@link
   * #nextWorkingInstant(Instant)}.
   */
  public Instant deadline(Instant start, Duration duration) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative, was " + duration);
    }
    return index.deadline(start, duration);
  }

  public boolean isWorkingTime(Instant instant) {
    return index.isWorkingTime(Objects.requireNonNull(instant, "instant"));
  }

  /** {@code instant} itself during working time, otherwise the start of the next working period. */
  public Instant nextWorkingInstant(Instant instant) {
    return index.nextWorkingInstant(Objects.requireNonNull(instant, "instant"));
  }

  /**
   * The end of the working interval that contains {@code instant}, or {@code instant} itself when
   * it is outside working time. Used to explain "counting until 17:00". For a calendar that does
   * not close (24/7) the answer is at least a year after {@code instant}.
   */
  public Instant workingIntervalEnd(Instant instant) {
    return index.workingIntervalEnd(Objects.requireNonNull(instant, "instant"));
  }

  /** Working minutes in an ordinary week (no holidays). */
  public long weeklyWorkingMinutes() {
    return weeklyHours.values().stream()
        .flatMap(List::stream)
        .mapToLong(WorkingPeriod::minutes)
        .sum();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BusinessCalendar other
        && name.equals(other.name)
        && zone.equals(other.zone)
        && weeklyHours.equals(other.weeklyHours)
        && holidays.equals(other.holidays)
        && workingDays.equals(other.workingDays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, zone, weeklyHours, holidays, workingDays);
  }

  @Override
  public String toString() {
    return "BusinessCalendar[" + name + ", " + zone + "]";
  }

  private static List<WorkingPeriod> sorted(List<WorkingPeriod> periods) {
    return periods.stream().sorted().toList();
  }

  private static NavigableMap<LocalDate, List<WorkingPeriod>> sortedCopy(
      Map<LocalDate, List<WorkingPeriod>> byDate) {
    TreeMap<LocalDate, List<WorkingPeriod>> copy = new TreeMap<>();
    byDate.forEach((date, periods) -> copy.put(date, sorted(periods)));
    return Collections.unmodifiableNavigableMap(copy);
  }
}
