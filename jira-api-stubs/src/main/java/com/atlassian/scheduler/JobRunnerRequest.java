// Source: atlassian-scheduler-api sources com/atlassian/scheduler/JobRunnerRequest.java ([DEP63])
package com.atlassian.scheduler;

import java.util.Date;

/** The context of one run of a job. */
public interface JobRunnerRequest {
  Date getStartTime();
}
