// Source: atlassian-labs/msteams-jira-server-addon@c7f6c2b (Jira 9.0.1)
// SignalRConnectionMonitorJob.java:51; every member: docs/jira-api-references.md.
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
