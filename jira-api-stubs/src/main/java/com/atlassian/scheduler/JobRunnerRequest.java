// Source: atlassian-labs/msteams-jira-server-addon@c7f6c2b (Jira 9.0.1)
// SignalRConnectionMonitorJob.java:38-39; every member: docs/jira-api-references.md.
package com.atlassian.scheduler;

import java.util.Date;

/** The context of one run of a job. */
public interface JobRunnerRequest {
  Date getStartTime();
}
