// Source: atlassian-scheduler-api sources com/atlassian/scheduler/config/RunMode.java ([DEP63];
// enum)
package com.atlassian.scheduler.config;

/** Where a job runs: once in the cluster, or on every node. */
public enum RunMode {
  RUN_ONCE_PER_CLUSTER,
  RUN_LOCALLY
}
