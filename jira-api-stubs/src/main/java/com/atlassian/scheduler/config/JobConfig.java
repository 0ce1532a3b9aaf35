// Source: atlassian-scheduler-api sources com/atlassian/scheduler/config/JobConfig.java ([DEP63];
// final class, immutable with-ers)
package com.atlassian.scheduler.config;

/** How and when a job runs. */
public final class JobConfig {
  private JobConfig() {
    throw new UnsupportedOperationException("stub");
  }

  public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
    throw new UnsupportedOperationException("stub");
  }

  public JobConfig withRunMode(RunMode runMode) {
    throw new UnsupportedOperationException("stub");
  }

  public JobConfig withSchedule(Schedule schedule) {
    throw new UnsupportedOperationException("stub");
  }
}
