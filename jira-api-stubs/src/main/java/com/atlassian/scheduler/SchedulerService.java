// Source: atlassian-labs/msteams-jira-server-addon@c7f6c2b (Jira 9.0.1)
// SignalRConnectionMonitorJob.java:30; every member: docs/jira-api-references.md.
package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

/** Cluster-aware job scheduling. */
public interface SchedulerService {
  void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

  void unregisterJobRunner(JobRunnerKey jobRunnerKey);

  void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;

  void unscheduleJob(JobId jobId);
}
