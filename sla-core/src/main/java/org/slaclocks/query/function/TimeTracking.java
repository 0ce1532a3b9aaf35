package org.slaclocks.query.function;

/**
 * How long a day and a week are in durations people type ({@code 1w 2d 4h 30m}), as Jira's
 * time-tracking settings say: by default 8 hours a day and 5 days a week.
 */
public record TimeTracking(double hoursPerDay, double daysPerWeek) {
  public static final TimeTracking JIRA_DEFAULT = new TimeTracking(8, 5);

  public TimeTracking {
    if (!(hoursPerDay > 0 && hoursPerDay <= 24)) {
      throw new IllegalArgumentException("hoursPerDay must be in (0, 24], was " + hoursPerDay);
    }
    if (!(daysPerWeek > 0 && daysPerWeek <= 7)) {
      throw new IllegalArgumentException("daysPerWeek must be in (0, 7], was " + daysPerWeek);
    }
  }
}
