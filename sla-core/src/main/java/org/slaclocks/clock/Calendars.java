package org.slaclocks.clock;

import org.slaclocks.calendar.BusinessCalendar;

/** Resolves the calendar names that goals carry. */
@FunctionalInterface
public interface Calendars {
  /**
   * The calendar named {@code name}.
   *
   * @throws IllegalArgumentException when no calendar has that name (renamed or removed since the
   *     cycle was computed)
   */
  BusinessCalendar calendar(String name);
}
