// Source: atlassian-scheduler-api sources com/atlassian/scheduler/config/JobRunnerKey.java
// ([DEP63]; final class, static of(String))
package com.atlassian.scheduler.config;

/** Names a job runner. */
public final class JobRunnerKey {
  private JobRunnerKey() {
    throw new UnsupportedOperationException("stub");
  }

  public static JobRunnerKey of(String key) {
    throw new UnsupportedOperationException("stub");
  }
}
