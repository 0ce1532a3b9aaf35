package org.slaclocks.format;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
    Map<String, Set<LocalDate>> replaced = IcsEvents.replacedOccurrences(calendars);
    TreeMap<LocalDate, Set<String>> names = new TreeMap<>();
    List<Skipped> skipped = new ArrayList<>();
    int index = 0;
    for (ICalendar calendar : calendars) {
      for (VEvent event : calendar.getEvents()) {
        String where = lines.size() == eventCount ? "line " + lines.get(index) : "ics";
        index++;
        try {
          IcsEvents.read(event, calendar.getTimezoneInfo(), from, to, replaced, names, skipped);
        } catch (IcsEvents.EventProblem e) {
          problems.add(where, e.getMessage());
        } catch (DateTimeException e) {
          problems.add(
              where,
              "VEVENT '"
                  + IcsEvents.summary(event)
                  + "': a date that does not exist: "
                  + e.getMessage());
        }
      }
    }
    problems.throwIfAny(IcsText.WHAT);
    List<Holiday> holidays = new ArrayList<>();
    names.forEach((date, n) -> holidays.add(new Holiday(date, String.join(" / ", n))));
    skipped.sort(Comparator.comparing(Skipped::date).thenComparing(Skipped::name));
    return new Result(holidays, skipped);
  }

  /** "Could not parse date value." as a clause: "could not parse date value". */
  private static String sentence(String message) {
    String m = message == null ? "unreadable value" : message.strip();
    if (m.endsWith(".")) {
      m = m.substring(0, m.length() - 1);
    }
    return m.isEmpty() ? m : Character.toLowerCase(m.charAt(0)) + m.substring(1);
  }
}
