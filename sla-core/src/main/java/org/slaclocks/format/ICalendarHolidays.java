package org.slaclocks.format;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
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
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import org.slaclocks.validation.Problems;
import org.slaclocks.validation.ValidationException;

/**
 * Holidays from an iCalendar (RFC 5545) file, such as a public-holiday feed exported from Google
 * Calendar or Outlook, or a company closure calendar (documented in {@code
 * docs/calendar-format.md}). Whole-day events become holidays on each date they cover (DTEND is
 * exclusive), recurring ones expanded within the range asked for; events with a time of day and
 * cancelled events are reported as skipped with why. A holiday is a calendar date: the zone of an
 * event never moves it to another day.
 */
public final class ICalendarHolidays {
  /** Files over 1 MB are refused; a country's holidays for decades take a few kilobytes. */
  public static final int MAX_BYTES = 1024 * 1024;

  public static final int MAX_EVENTS = 10_000;

  /** The longest range read at once, in years. */
  public static final int MAX_YEARS = 10;

  /** Properties whose unreadable value makes the holidays wrong rather than merely less named. */
  private static final Set<String> DATE_PROPERTIES =
      Set.of("DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID");

  /**
   * The parser's warnings about time zones (an unknown TZID, a missing VTIMEZONE): they cannot move
   * a whole date, and events with a time of day are skipped anyway.
   */
  private static final Set<Integer> ZONE_WARNINGS = Set.of(5, 37, 38, 39, 43);

  private ICalendarHolidays() {}

  /** A date off, named after the events on it ("Eerste Kerstdag"). */
  public record Holiday(LocalDate date, String name) {
    public Holiday {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(name, "name");
    }
  }

  /** An event, or a date, that did not become a holiday, and why. */
  public record Skipped(LocalDate date, String name, String reason) {
    public Skipped {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
      return date + " " + name + ": " + reason;
    }
  }

  /** The holidays in the range, one per date and sorted by date, and the events left out. */
  public record Result(List<Holiday> holidays, List<Skipped> skipped) {
    public Result {
      holidays = List.copyOf(holidays);
      skipped = List.copyOf(skipped);
    }
  }

  /** A calendar with the holidays added, which were added, and which were already there. */
  public record Merged(ObjectNode calendar, List<Holiday> added, List<Skipped> notAdded) {
    public Merged {
      Objects.requireNonNull(calendar, "calendar");
      added = List.copyOf(added);
      notAdded = List.copyOf(notAdded);
    }
  }

  /**
   * Reads the holidays from {@code from} to {@code to}, both inclusive, from an iCalendar file in
   * UTF-8. Throws {@link ValidationException} for a file that is not iCalendar, is cut short, has
   * an unreadable date, or is over the limits ({@link #MAX_BYTES}, {@link #MAX_EVENTS}). A file
   * without events gives no holidays.
   */
  public static Result read(InputStream ics, LocalDate from, LocalDate to) {
    checkRange(from, to);
    return read(IcsText.read(ics, MAX_BYTES, MAX_EVENTS), from, to);
  }

  /** {@link #read(InputStream, LocalDate, LocalDate)} for the text of a file. */
  public static Result read(String ics, LocalDate from, LocalDate to) {
    checkRange(from, to);
    return read(IcsText.of(ics.getBytes(StandardCharsets.UTF_8), MAX_BYTES, MAX_EVENTS), from, to);
  }

  /**
   * The calendar JSON with the result's holidays added as whole days off, so that {@link
   * CalendarJson#read} accepts it. A date the calendar already lists, as a holiday (perhaps with
   * its own hours) or as an extra working day, is kept as the administrator wrote it and reported
   * as not added. The input is not changed; an invalid calendar is rejected first.
   */
  public static Merged withHolidays(ObjectNode calendarJson, Result result) {
    return HolidayMerge.merge(calendarJson, result);
  }

  private static void checkRange(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw IcsText.fail("to", "the range ends (" + to + ") before it starts (" + from + ")");
    }
    if (to.isAfter(from.plusYears(MAX_YEARS))) {
      throw IcsText.fail(
          "to",
          "import at most "
              + MAX_YEARS
              + " years of holidays at a time ("
              + from
              + " to "
              + from.plusYears(MAX_YEARS)
              + ")");
    }
  }

  private static Result read(IcsText text, LocalDate from, LocalDate to) {
    List<List<ParseWarning>> warnings = new ArrayList<>();
    List<ICalendar> calendars;
    try {
      calendars =
          Biweekly.parse(text.text())
              .defaultTimezone(TimeZone.getTimeZone("UTC"))
              .warnings(warnings)
              .all();
    } catch (RuntimeException e) {
      throw IcsText.fail("ics", "could not be read as iCalendar: " + e.getMessage());
    }
    Problems problems = new Problems();
    for (List<ParseWarning> list : warnings) {
      for (ParseWarning warning : list) {
        String property = warning.getPropertyName();
        if (property != null
            && DATE_PROPERTIES.contains(property.toUpperCase(Locale.ROOT))
            && !ZONE_WARNINGS.contains(warning.getCode())) {
          problems.add(
              warning.getLineNumber() == null ? "ics" : "line " + warning.getLineNumber(),
              property.toUpperCase(Locale.ROOT)
                  + ": "
                  + sentence(warning.getMessage())
                  + (warning.getLineNumber() == null
                      ? ""
                      : " ('" + text.line(warning.getLineNumber()) + "')"));
        }
      }
    }
    problems.throwIfAny(IcsText.WHAT);

    List<Integer> lines = text.eventLines();
    int eventCount = calendars.stream().mapToInt(c -> c.getEvents().size()).sum();
    Map<String, Set<LocalDate>> replaced = replacedOccurrences(calendars);
    TreeMap<LocalDate, Set<String>> names = new TreeMap<>();
    List<Skipped> skipped = new ArrayList<>();
    int index = 0;
    for (ICalendar calendar : calendars) {
      for (VEvent event : calendar.getEvents()) {
        String where = lines.size() == eventCount ? "line " + lines.get(index) : "ics";
        index++;
        try {
          readEvent(event, calendar.getTimezoneInfo(), from, to, replaced, names, skipped);
        } catch (EventProblem e) {
          problems.add(where, e.getMessage());
        } catch (DateTimeException e) {
          problems.add(
              where,
              "VEVENT '" + summary(event) + "': a date that does not exist: " + e.getMessage());
        }
      }
    }
    problems.throwIfAny(IcsText.WHAT);
    List<Holiday> holidays = new ArrayList<>();
    names.forEach((date, n) -> holidays.add(new Holiday(date, String.join(" / ", n))));
    skipped.sort(Comparator.comparing(Skipped::date).thenComparing(Skipped::name));
    return new Result(holidays, skipped);
  }

  private static void readEvent(
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
                  + IcsDates.MAX_STEPS
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
  private static Map<String, Set<LocalDate>> replacedOccurrences(List<ICalendar> calendars) {
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

  private static String summary(VEvent event) {
    String summary = event.getSummary() == null ? null : event.getSummary().getValue();
    return summary == null || summary.isBlank() ? "(no summary)" : summary.strip();
  }

  /** "Could not parse date value." as a clause: "could not parse date value". */
  private static String sentence(String message) {
    String m = message == null ? "unreadable value" : message.strip();
    if (m.endsWith(".")) {
      m = m.substring(0, m.length() - 1);
    }
    return m.isEmpty() ? m : Character.toLowerCase(m.charAt(0)) + m.substring(1);
  }

  /** A problem with one event, located by the caller at its BEGIN:VEVENT line. */
  private static final class EventProblem extends RuntimeException {
    EventProblem(String message) {
      super(message, null, false, false);
    }
  }
}
