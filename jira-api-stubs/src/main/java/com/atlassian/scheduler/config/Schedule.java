// Source: atlassian-scheduler-api sources com/atlassian/scheduler/config/Schedule.java ([DEP63];
// final class)
package com.atlassian.scheduler.config;

import java.util.Date;

/** A job's schedule. */
public final class Schedule {
  private Schedule() {
    throw new UnsupportedOperationException("stub");
  }

  public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
    throw new UnsupportedOperationException("stub");
  }
}
