// Source: atlassian-labs/msteams-jira-server-addon@c7f6c2b (Jira 9.0.1)
// SignalRConnectionMonitorJob.java:47; every member: docs/jira-api-references.md.
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
