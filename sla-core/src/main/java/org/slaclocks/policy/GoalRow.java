package org.slaclocks.policy;

import java.time.Duration;
import java.util.Objects;

/**
 * One row of a metric's goal table: for issues matching {@code when}, the contractual {@code
 * target}, an optional stricter {@code internalTarget}, and the calendar. Rows are tried in order;
 * the first match wins.
 */
public record GoalRow(
    Criteria when, Duration target, Duration internalTarget, CalendarChoice calendar) {
  public GoalRow {
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(calendar, "calendar");
  }
}
