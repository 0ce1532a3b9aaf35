package org.slaclocks.format;

import biweekly.util.ByDay;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import biweekly.util.Recurrence;
import biweekly.util.com.google.ical.iter.RecurrenceIterator;
import biweekly.util.com.google.ical.iter.RecurrenceIteratorFactory;
import biweekly.util.com.google.ical.values.DateValue;
import biweekly.util.com.google.ical.values.DateValueImpl;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.TimeZone;
import java.util.TreeSet;

/**
 * The dates of iCalendar values and of recurring events, as calendar dates that no time zone
 * shifts. Dates are taken from the values as written ({@code 20261225}), never through a {@link
 * java.util.Date}, whose day would depend on the JVM's default zone; a rule's {@code UNTIL} is
 * applied here for the same reason (the library would read a date {@code UNTIL} in that zone).
 */
final class IcsDates {
  /** The most steps of one rule before the end of the range; a yearly holiday needs a handful. */
  static final int MAX_STEPS = 10_000;

  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  private IcsDates() {}

  /** The occurrences' first dates in a window, or {@code cut} when the rule has too many. */
  record Series(List<LocalDate> starts, boolean cut) {}

  /**
   * The calendar date of a value as written in the file: {@code 20261225} and {@code
   * 20261225T090000} in any zone are both 2026-12-25. Throws {@link java.time.DateTimeException}
   * for a date that does not exist (2026-02-30), which the lenient parser would roll over.
   */
  static LocalDate date(ICalDate value) {
    DateTimeComponents raw = value.getRawComponents();
    if (raw == null) {
      // Values the parser builds itself (no text) are at midnight UTC: it parses with UTC.
      return LocalDate.ofInstant(value.toInstant(), ZoneOffset.UTC);
    }
    return LocalDate.of(raw.getYear(), raw.getMonth(), raw.getDate());
  }

  /**
   * The first dates of the occurrences that start in [{@code windowStart}, {@code windowEnd}]:
   * {@code start} itself (RFC 5545: DTSTART is always the first occurrence), the rule's dates, the
   * extra dates (RDATE), less the excluded ones (EXDATE, and occurrences that another VEVENT
   * replaces through its RECURRENCE-ID).
   */
  static Series starts(
      LocalDate start,
      Recurrence rule,
      Collection<LocalDate> extra,
      Collection<LocalDate> excluded,
      LocalDate windowStart,
      LocalDate windowEnd) {
    TreeSet<LocalDate> out = new TreeSet<>();
    if (inWindow(start, windowStart, windowEnd)) {
      out.add(start);
    }
    for (LocalDate date : extra) {
      if (inWindow(date, windowStart, windowEnd)) {
        out.add(date);
      }
    }
    if (rule != null) {
      LocalDate until = rule.getUntil() == null ? null : date(rule.getUntil());
      RecurrenceIterator it =
          RecurrenceIteratorFactory.createRecurrenceIterator(dateLevel(rule), value(start), UTC);
      if (rule.getCount() == null && windowStart.isAfter(start)) {
        it.advanceTo(value(windowStart));
      }
      int steps = 0;
      while (it.hasNext()) {
        DateValue next = it.next();
        LocalDate date = LocalDate.of(next.year(), next.month(), next.day());
        if (date.isAfter(windowEnd) || (until != null && date.isAfter(until))) {
          break;
        }
        if (++steps > MAX_STEPS) {
          return new Series(List.of(), true);
        }
        if (!date.isBefore(windowStart)) {
          out.add(date);
        }
      }
    }
    out.removeAll(excluded);
    return new Series(List.copyOf(out), false);
  }

  /**
   * The rule without its UNTIL (applied by the caller) and without times of day: only which days it
   * falls on matters, and a start without a time keeps the iteration on whole dates.
   */
  private static Recurrence dateLevel(Recurrence rule) {
    Recurrence.Builder b =
        new Recurrence.Builder(rule.getFrequency())
            .interval(rule.getInterval())
            .count(rule.getCount())
            .byMonth(rule.getByMonth())
            .byMonthDay(rule.getByMonthDay())
            .byYearDay(rule.getByYearDay())
            .byWeekNo(rule.getByWeekNo())
            .bySetPos(rule.getBySetPos())
            .workweekStarts(rule.getWorkweekStarts());
    for (ByDay day : rule.getByDay()) {
      b.byDay(day.getNum(), day.getDay());
    }
    return b.build();
  }

  private static DateValue value(LocalDate date) {
    return new DateValueImpl(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  private static boolean inWindow(LocalDate date, LocalDate windowStart, LocalDate windowEnd) {
    return !date.isBefore(windowStart) && !date.isAfter(windowEnd);
  }
}
