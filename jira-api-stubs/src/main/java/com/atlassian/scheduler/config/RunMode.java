// Source: atlassian-labs/msteams-jira-server-addon@c7f6c2b (Jira 9.0.1)
// SignalRConnectionMonitorJob.java:52; every member: docs/jira-api-references.md.
package com.atlassian.scheduler.config;

/** Where a job runs: once in the cluster, or on every node. */
public enum RunMode {
  RUN_ONCE_PER_CLUSTER,
  RUN_LOCALLY
}
