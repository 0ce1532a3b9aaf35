// Source: atlassian-scheduler-api sources com/atlassian/scheduler/config/JobId.java ([DEP63]; final
// class, static of(String))
package com.atlassian.scheduler.config;

/** Names a scheduled job. */
public final class JobId {
  private JobId() {
    throw new UnsupportedOperationException("stub");
  }

  public static JobId of(String id) {
    throw new UnsupportedOperationException("stub");
  }
}
