// Source: atlassian-scheduler-api sources com/atlassian/scheduler/SchedulerService.java
// (jira-api-signatures.md 1.9 [DEP63]); used the same way in atlascommunity/jira-plugins-groovy
// impl/OldExecutionDeletionScheduler.java
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
