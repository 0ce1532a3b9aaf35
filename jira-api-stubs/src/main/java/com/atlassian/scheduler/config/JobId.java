// Source: atlassian-labs/msteams-jira-server-addon@c7f6c2b (Jira 9.0.1)
// SignalRConnectionMonitorJob.java:46; every member: docs/jira-api-references.md.
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
