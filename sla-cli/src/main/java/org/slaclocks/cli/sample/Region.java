package org.slaclocks.cli.sample;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A region of the sample helpdesk: the value of its "Region" field and the office hours (Monday to
 * Friday, no holidays) in which its customers and agents mostly act.
 */
enum Region {
  EMEA("EMEA", "10101", "Europe/Amsterdam", LocalTime.of(9, 0), LocalTime.of(17, 30)),
  AMERICAS("Americas", "10102", "America/New_York", LocalTime.of(8, 0), LocalTime.of(18, 0));

  final String value;
  final String optionId;
  final ZoneId zone;
  final LocalTime opens;
  final LocalTime closes;

  Region(String value, String optionId, String zone, LocalTime opens, LocalTime closes) {
    this.value = value;
    this.optionId = optionId;
    this.zone = ZoneId.of(zone);
    this.opens = opens;
    this.closes = closes;
  }

  /** The instant when {@code workingTime} of office hours has passed since {@code start}. */
  Instant afterWorkingTime(Instant start, Duration workingTime) {
    ZonedDateTime t = start.atZone(zone);
    long left = workingTime.toSeconds();
    while (true) {
      t = openAtOrAfter(t);
      long available = Duration.between(t, t.with(closes)).toSeconds();
      if (left <= available) {
        return t.plusSeconds(left).toInstant();
      }
      left -= available;
      t = t.plusDays(1).with(opens);
    }
  }

  /** A local time of day on the day of {@code date}, in this region. */
  Instant at(Instant date, LocalTime time) {
    return date.atZone(zone).with(time).toInstant();
  }

  /** Whether {@code instant} is in this region's office hours. */
  boolean isOfficeHours(Instant instant) {
    ZonedDateTime t = instant.atZone(zone);
    return !isWeekend(instant)
        && !t.toLocalTime().isBefore(opens)
        && t.toLocalTime().isBefore(closes);
  }

  boolean isWeekend(Instant instant) {
    DayOfWeek day = instant.atZone(zone).getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }

  private ZonedDateTime openAtOrAfter(ZonedDateTime t) {
    ZonedDateTime at = t;
    while (true) {
      DayOfWeek day = at.getDayOfWeek();
      if (day == DayOfWeek.SATURDAY
          || day == DayOfWeek.SUNDAY
          || !at.toLocalTime().isBefore(closes)) {
        at = at.plusDays(1).with(opens);
      } else if (at.toLocalTime().isBefore(opens)) {
        return at.with(opens);
      } else {
        return at;
      }
    }
  }
}
