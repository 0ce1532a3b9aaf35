// Source: atlassian-labs/msteams-jira-server-addon@c7f6c2b (Jira 9.0.1)
// SignalRConnectionMonitorJob.java:18; every member: docs/jira-api-references.md.
package com.atlassian.scheduler;

/** Runs a scheduled job; its only abstract method. */
public interface JobRunner {
  JobRunnerResponse runJob(JobRunnerRequest request);
}
