package org.slaclocks.jira.schedule;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.slaclocks.jira.tracking.AlertRunner;

/**
 * Every {@link #INTERVAL}, on one node of the cluster, sends the reminders and escalations that are
 * due ({@link AlertRunner#runOnce}). Once a minute is the most Jira's scheduler allows for a
 * cluster-wide job; a run stops within its budget, and what it left is the next run's. Two nodes
 * running it at once (a job taken over after a node stalled) still act once on each firing: the
 * runner claims every firing in the ledger first.
 */
public final class AlertJob implements JobRunner {
  /** The job runner key and the job id. */
  static final String NAME = "org.slaclocks.sla-clocks.alerts";

  static final Duration INTERVAL = Duration.ofMinutes(1);

  private final SchedulerService scheduler;
  private final AlertRunner runner;
  private final Clock clock;

  public AlertJob(SchedulerService scheduler, AlertRunner runner, Clock clock) {
    this.scheduler = scheduler;
    this.runner = runner;
    this.clock = clock;
  }

  /** Registers the runner on this node and (idempotently) the cluster-wide schedule. */
  public void schedule() {
    JobRunnerKey key = JobRunnerKey.of(NAME);
    scheduler.registerJobRunner(key, this);
    JobConfig config =
        JobConfig.forJobRunnerKey(key)
            .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
            .withSchedule(
                Schedule.forInterval(
                    INTERVAL.toMillis(), Date.from(clock.instant().plus(INTERVAL))));
    try {
      scheduler.scheduleJob(JobId.of(NAME), config);
    } catch (SchedulerServiceException e) {
      throw new IllegalStateException("could not schedule the SLA Clocks reminders", e);
    }
  }

  /** Unregisters this node's runner; the schedule stays for the other nodes. */
  public void unschedule() {
    scheduler.unregisterJobRunner(JobRunnerKey.of(NAME));
  }

  @Override
  public JobRunnerResponse runJob(JobRunnerRequest request) {
    try {
      return JobRunnerResponse.success(runner.runOnce().summary());
    } catch (RuntimeException e) {
      return JobRunnerResponse.failed(e);
    }
  }
}
