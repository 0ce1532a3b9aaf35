package org.slaclocks.jira.schedule;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * How the app's jobs are scheduled with Jira: a runner registered on every node under {@code name},
 * and one schedule for the cluster (run once per cluster, every {@code interval}, the first run one
 * interval after {@code now}), whose id is the same name.
 */
final class ClusterSchedule {
  private final SchedulerService scheduler;
  private final String name;
  private final Duration interval;
  private final String what;

  /**
   * @param what for the error: {@code "the SLA Clocks reminders"}
   */
  ClusterSchedule(SchedulerService scheduler, String name, Duration interval, String what) {
    this.scheduler = scheduler;
    this.name = name;
    this.interval = interval;
    this.what = what;
  }

  /** Registers {@code runner} on this node and (idempotently) the cluster-wide schedule. */
  void schedule(JobRunner runner, Instant now) {
    JobRunnerKey key = JobRunnerKey.of(name);
    scheduler.registerJobRunner(key, runner);
    JobConfig config =
        JobConfig.forJobRunnerKey(key)
            .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
            .withSchedule(Schedule.forInterval(interval.toMillis(), Date.from(now.plus(interval))));
    try {
      scheduler.scheduleJob(JobId.of(name), config);
    } catch (SchedulerServiceException e) {
      throw new IllegalStateException("could not schedule " + what, e);
    }
  }

  /** Unregisters this node's runner; the schedule stays for the other nodes. */
  void unschedule() {
    scheduler.unregisterJobRunner(JobRunnerKey.of(name));
  }
}
