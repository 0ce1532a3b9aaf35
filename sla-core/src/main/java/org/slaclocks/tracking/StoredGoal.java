package org.slaclocks.tracking;

import java.time.Duration;
import java.util.Objects;
import org.slaclocks.calendar.BusinessCalendar;
import org.slaclocks.clock.Goal;

/**
 * A {@link Goal} as stored: the calendar is kept by name, so that a stored clock can be shown
 * without the calendar and re-attached to it ({@link #toGoal}) when it is needed.
 */
public record StoredGoal(
    Duration target, Duration internalTarget, String calendarName, String label) {
  public StoredGoal {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(calendarName, "calendarName");
    Objects.requireNonNull(label, "label");
  }

  public static StoredGoal of(Goal goal) {
    return new StoredGoal(
        goal.target(), goal.internalTarget(), goal.calendar().name(), goal.label());
  }

  /** The goal with its calendar; {@code calendar} must be the one named {@link #calendarName}. */
  public Goal toGoal(BusinessCalendar calendar) {
    if (!calendar.name().equals(calendarName)) {
      throw new IllegalArgumentException(
          "calendar: expected " + calendarName + ", was " + calendar.name());
    }
    return new Goal(target, internalTarget, calendar, label);
  }
}
