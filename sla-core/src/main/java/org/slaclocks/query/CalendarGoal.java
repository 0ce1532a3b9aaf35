package org.slaclocks.query;

import java.time.Duration;
import java.util.Objects;

/** A calendar and goal that open clocks of a metric count in and towards. */
public record CalendarGoal(String calendar, Duration goal) {
  public CalendarGoal {
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(goal, "goal");
  }
}
