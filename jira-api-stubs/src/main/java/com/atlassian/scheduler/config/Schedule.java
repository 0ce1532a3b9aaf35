// Source: atlassian-labs/msteams-jira-server-addon@c7f6c2b (Jira 9.0.1)
// SignalRConnectionMonitorJob.java:53; every member: docs/jira-api-references.md.
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
