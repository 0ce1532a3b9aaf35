// Source: atlassian-labs/msteams-jira-server-addon@c7f6c2b (Jira 9.0.1)
// SignalRConnectionMonitorJob.java:57; every member: docs/jira-api-references.md.
package com.atlassian.scheduler;

/** Scheduling failed. */
public class SchedulerServiceException extends Exception {
  private static final long serialVersionUID = 1L;

  public SchedulerServiceException(String message) {
    super(message);
  }
}
