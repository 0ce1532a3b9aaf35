// Source: atlassian-scheduler-api sources com/atlassian/scheduler/JobRunner.java ([DEP63]);
// implemented in atlascommunity/jira-plugins-groovy
package com.atlassian.scheduler;

/** Runs a scheduled job; its only abstract method. */
public interface JobRunner {
  JobRunnerResponse runJob(JobRunnerRequest request);
}
