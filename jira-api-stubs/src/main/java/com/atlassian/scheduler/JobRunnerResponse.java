// Source: atlassian-scheduler-api sources com/atlassian/scheduler/JobRunnerResponse.java ([DEP63];
// final class with static factories)
package com.atlassian.scheduler;

/** How a run of a job ended. */
public final class JobRunnerResponse {
  private JobRunnerResponse() {
    throw new UnsupportedOperationException("stub");
  }

  public static JobRunnerResponse success(String message) {
    throw new UnsupportedOperationException("stub");
  }

  public static JobRunnerResponse failed(Throwable cause) {
    throw new UnsupportedOperationException("stub");
  }
}
