package org.slaclocks.format;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.io.TimezoneInfo;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.DurationProperty;
import biweekly.property.ExceptionDates;
import biweekly.property.RecurrenceDates;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.Frequency;
import biweekly.util.ICalDate;
import biweekly.util.Recurrence;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slaclocks.format.ICalendarHolidays.Skipped;

/**
 * What one VEVENT gives in a range: the dates it makes holidays, or why it is skipped. A whole-day
 * event covers DTSTART up to, not including, DTEND (RFC 5545); its occurrences come from RRULE and
 * RDATE less EXDATE and the occurrences that another VEVENT with its UID replaces (RECURRENCE-ID).
 */
final class IcsEvents {
  private IcsEvents() {}

  static void read(
      VEvent event,
      TimezoneInfo zones,
      LocalDate from,
      LocalDate to,
      Map<String, Set<LocalDate>> replaced,
      Map<LocalDate, Set<String>> names,
      List<Skipped> skipped) {
    String name = summary(event);
    if (event.getDateStart() == null || event.getDateStart().getValue() == null) {
      throw new EventProblem("VEVENT '" + name + "' has no start date (DTSTART)");
    }
    ICalDate start = event.getDateStart().getValue();
    LocalDate startDate = IcsDates.date(start);
    boolean wholeDay = !start.hasTime();
    long days = wholeDay ? days(event, name, startDate) : 1;

    boolean isOverride = event.getRecurrenceId() != null;
    Recurrence rule =
        isOverride || event.getRecurrenceRule() == null
            ? null
            : event.getRecurrenceRule().getValue();
    if (rule != null && rule.getFrequency() == null) {
      throw new EventProblem("VEVENT '" + name + "': RRULE without FREQ (e.g. FREQ=YEARLY)");
    }
    if (rule != null && isSubDaily(rule.getFrequency())) {
      if (wholeDay && !startDate.isAfter(to)) {
        skipped.add(
            new Skipped(
                startDate.isBefore(from) ? from : startDate,
                name,
                "a whole-day event that repeats "
                    + rule.getFrequency().name().toLowerCase(Locale.ROOT)
                    + " (RRULE FREQ="
                    + rule.getFrequency().name()
                    + "); a holiday repeats daily at most"));
      }
      if (wholeDay) {
        return;
      }
      rule = null; // a timed event is skipped anyway: its first day is enough to say so
    }
    Set<LocalDate> excluded = new HashSet<>();
    for (ExceptionDates exdates : event.getExceptionDates()) {
      for (ICalDate date : exdates.getValues()) {
        excluded.add(IcsDates.date(date));
      }
    }
    if (!isOverride && event.getUid() != null) {
      excluded.addAll(replaced.getOrDefault(event.getUid().getValue(), Set.of()));
    }
    List<LocalDate> extra = new ArrayList<>();
    for (RecurrenceDates rdates : event.getRecurrenceDates()) {
      for (ICalDate date : rdates.getDates()) {
        extra.add(IcsDates.date(date));
      }
    }
    IcsDates.Series series =
        IcsDates.starts(startDate, rule, extra, excluded, from.minusDays(days - 1), to);
    if (series.cut()) {
      skipped.add(
          new Skipped(
              startDate.isBefore(from) ? from : startDate,
              name,
              "repeats more than "
                  + String.format(Locale.ROOT, "%,d", IcsDates.MAX_STEPS)
                  + " times before "
                  + to
                  + "; a holiday repeats far less often"));
      return;
    }
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate first : series.starts()) {
      for (long k = 0; k < days; k++) {
        LocalDate date = first.plusDays(k);
        if (!date.isBefore(from) && !date.isAfter(to)) {
          dates.add(date);
        }
      }
    }
    if (dates.isEmpty()) {
      return; // outside the range
    }
    Status status = event.getStatus();
    if (status != null && "CANCELLED".equalsIgnoreCase(status.getValue())) {
      skipped.add(new Skipped(dates.get(0), name, "cancelled (STATUS:CANCELLED)" + alsoOn(dates)));
    } else if (!wholeDay) {
      skipped.add(
          new Skipped(
              dates.get(0),
              name,
              "at a time of day ("
                  + times(event, zones)
                  + "), not a whole day: a holiday is a whole date; to shorten that day,"
                  + " give it its own hours in the calendar"
                  + alsoOn(dates)));
    } else {
      for (LocalDate date : dates) {
        names.computeIfAbsent(date, d -> new LinkedHashSet<>()).add(name);
      }
    }
  }

  /** How many dates a whole-day event covers: DTEND is exclusive; one day when it has none. */
  private static long days(VEvent event, String name, LocalDate startDate) {
    DateEnd end = event.getDateEnd();
    if (end != null && end.getValue() != null) {
      LocalDate endDate = IcsDates.date(end.getValue());
      if (endDate.isBefore(startDate)) {
        throw new EventProblem(
            "VEVENT '"
                + name
                + "' ends (DTEND "
                + endDate
                + ") before it starts ("
                + startDate
                + ")");
      }
      // DTEND equal to DTSTART is not RFC 5545, but some exports write a one-day event that way.
      return Math.max(1, ChronoUnit.DAYS.between(startDate, endDate));
    }
    DurationProperty duration = event.getDuration();
    if (duration != null && duration.getValue() != null) {
      biweekly.util.Duration d = duration.getValue();
      if (d.isPrior()) {
        throw new EventProblem("VEVENT '" + name + "' has a negative DURATION " + d);
      }
      long weeks = d.getWeeks() == null ? 0 : d.getWeeks();
      long days = d.getDays() == null ? 0 : d.getDays();
      return Math.max(1, weeks * 7 + days);
    }
    return 1;
  }

  /** "09:00-12:00 Europe/Amsterdam", as written in the file. */
  private static String times(VEvent event, TimezoneInfo zones) {
    DateTimeComponents start = event.getDateStart().getValue().getRawComponents();
    if (start == null) {
      return "with a time";
    }
    String zone = zoneName(event.getDateStart(), zones);
    if (zone == null && start.isUtc()) {
      zone = "UTC";
    }
    StringBuilder out = new StringBuilder(time(start));
    DateEnd end = event.getDateEnd();
    if (end != null && end.getValue() != null && end.getValue().getRawComponents() != null) {
      DateTimeComponents e = end.getValue().getRawComponents();
      out.append('-');
      if (e.getYear() != start.getYear()
          || e.getMonth() != start.getMonth()
          || e.getDate() != start.getDate()) {
        out.append(IcsDates.date(end.getValue())).append(' ');
      }
      out.append(time(e));
    }
    return zone == null ? out.toString() : out + " " + zone;
  }

  /** The zone as the file names it: its TZID, which the parser moves out of the parameters. */
  private static String zoneName(DateStart start, TimezoneInfo zones) {
    TimezoneAssignment zone = zones.getTimezone(start);
    if (zone == null) {
      return start.getParameters().getTimezoneId();
    }
    if (zone.getGlobalId() != null) {
      return zone.getGlobalId();
    }
    return zone.getComponent() != null && zone.getComponent().getTimezoneId() != null
        ? zone.getComponent().getTimezoneId().getValue()
        : null;
  }

  private static String time(DateTimeComponents c) {
    return String.format(Locale.ROOT, "%02d:%02d", c.getHour(), c.getMinute());
  }

  private static String alsoOn(List<LocalDate> dates) {
    if (dates.size() == 1) {
      return "";
    }
    return "; also on "
        + (dates.size() - 1)
        + (dates.size() == 2 ? " more date, " : " more dates up to ")
        + dates.get(dates.size() - 1);
  }

  /** The dates of each recurring event's occurrences that another VEVENT replaces, by UID. */
  static Map<String, Set<LocalDate>> replacedOccurrences(List<ICalendar> calendars) {
    Map<String, Set<LocalDate>> out = new HashMap<>();
    for (VEvent event : calendars.stream().flatMap(c -> c.getEvents().stream()).toList()) {
      if (event.getRecurrenceId() != null
          && event.getRecurrenceId().getValue() != null
          && event.getUid() != null
          && event.getUid().getValue() != null) {
        out.computeIfAbsent(event.getUid().getValue(), u -> new HashSet<>())
            .add(IcsDates.date(event.getRecurrenceId().getValue()));
      }
    }
    return out;
  }

  private static boolean isSubDaily(Frequency frequency) {
    return frequency == Frequency.HOURLY
        || frequency == Frequency.MINUTELY
        || frequency == Frequency.SECONDLY;
  }

  static String summary(VEvent event) {
    String summary = event.getSummary() == null ? null : event.getSummary().getValue();
    return summary == null || summary.isBlank() ? "(no summary)" : summary.strip();
  }

  /** A problem with one event, located by the caller at its BEGIN:VEVENT line. */
  static final class EventProblem extends RuntimeException {
    EventProblem(String message) {
      super(message, null, false, false);
    }
  }
}
