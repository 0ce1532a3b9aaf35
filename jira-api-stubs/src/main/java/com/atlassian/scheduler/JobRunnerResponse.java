// Source: ngannk-fptu/Decompiled-Files@e0c88ec (Platform 6 jars) JobRunnerResponse.java:23; every
// member: docs/jira-api-references.md.
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
