// Source: atlassian-scheduler-api sources com/atlassian/scheduler/SchedulerServiceException.java
// ([DEP63]; checked)
package com.atlassian.scheduler;

/** Scheduling failed. */
public class SchedulerServiceException extends Exception {
  private static final long serialVersionUID = 1L;

  public SchedulerServiceException(String message) {
    super(message);
  }
}
