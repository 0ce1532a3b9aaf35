package org.slaclocks.jira.schedule;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.slaclocks.jira.tracking.UpdatedIssues;
import org.slaclocks.tracking.ChangeQueue;

/**
 * Every {@link #INTERVAL}, on one node of the cluster, re-queues the issues updated since the last
 * run (with an {@link #OVERLAP} for node clocks that differ), so that an event missed while a node
 * was down, or lost with a failed insert, is healed within minutes. Re-queueing an unchanged issue
 * only recomputes the same clocks. The first run starts from now: issues changed before the app was
 * installed are recalculated on request, not by this job.
 */
public final class ReconciliationJob implements JobRunner {
  /** The job runner key and the job id (created when scheduling: Jira's classes, not ours). */
  static final String NAME = "org.slaclocks.sla-clocks.reconciliation";

  static final Duration INTERVAL = Duration.ofMinutes(5);
  static final Duration OVERLAP = Duration.ofMinutes(2);

  /** A watermark older than this (the app was off for long) is not caught up by this job. */
  static final Duration MAX_LOOK_BACK = Duration.ofDays(7);

  private final UpdatedIssues updated;
  private final ChangeQueue queue;
  private final Watermark watermark;
  private final Clock clock;
  private final ClusterSchedule schedule;

  public ReconciliationJob(
      SchedulerService scheduler,
      UpdatedIssues updated,
      ChangeQueue queue,
      Watermark watermark,
      Clock clock) {
    this.updated = updated;
    this.queue = queue;
    this.watermark = watermark;
    this.clock = clock;
    this.schedule = new ClusterSchedule(scheduler, NAME, INTERVAL, "the SLA Clocks reconciliation");
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
      return JobRunnerResponse.success(reconcile());
    } catch (RuntimeException e) {
      return JobRunnerResponse.failed(e);
    }
  }

  /** One run: re-queues what changed since the watermark and moves the watermark on. */
  String reconcile() {
    Instant now = clock.instant();
    Instant since = watermark.get().orElse(now);
    Duration lookBack = Duration.between(since, now).plus(OVERLAP);
    if (lookBack.compareTo(MAX_LOOK_BACK) > 0) {
      lookBack = MAX_LOOK_BACK;
    }
    Set<Long> issues = new LinkedHashSet<>();
    updated.forEachUpdatedWithin(lookBack, issues::add);
    if (!issues.isEmpty()) {
      queue.enqueueAll(issues, now);
    }
    watermark.set(now);
    return issues.size() + " issues updated within " + lookBack.toMinutes() + " minutes re-queued";
  }
}
