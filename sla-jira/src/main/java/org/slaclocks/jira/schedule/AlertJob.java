package org.slaclocks.jira.schedule;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import java.time.Clock;
import java.time.Duration;
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

  private final AlertRunner runner;
  private final Clock clock;
  private final ClusterSchedule schedule;

  public AlertJob(SchedulerService scheduler, AlertRunner runner, Clock clock) {
    this.runner = runner;
    this.clock = clock;
    this.schedule = new ClusterSchedule(scheduler, NAME, INTERVAL, "the SLA Clocks reminders");
  }

  /** Registers the runner on this node and (idempotently) the cluster-wide schedule. */
  public void schedule() {
    schedule.schedule(this, clock.instant());
  }

  /** Unregisters this node's runner; the schedule stays for the other nodes. */
  public void unschedule() {
    schedule.unschedule();
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
