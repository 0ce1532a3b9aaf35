package org.slaclocks.jira.tracking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.slaclocks.tracking.ChangeQueue;

/**
 * Drains the change queue off the request thread: claims a batch of changed issues, recomputes and
 * stores each one's clocks, and only then completes its claim. A failure is retried later and
 * parked after {@link #MAX_ATTEMPTS}; a crash between storing and completing means the issue is
 * processed again, which gives the same clocks. Every node runs one worker; the queue's claims keep
 * two nodes from processing one issue at once.
 */
public final class ChangeWorker {
  static final int BATCH = 50;
  static final int MAX_ATTEMPTS = 5;
  static final Duration LEASE = Duration.ofMinutes(5);
  static final Duration RETRY_AFTER = Duration.ofMinutes(1);
  private static final Duration POLL = Duration.ofSeconds(1);
  private static final Logger LOG = Logger.getLogger(ChangeWorker.class.getName());

  private final ChangeQueue queue;
  private final ClockRecalculator recalculator;
  private final Clock clock;
  private final String node = "node-" + UUID.randomUUID();
  private ScheduledExecutorService executor;

  public ChangeWorker(ChangeQueue queue, ClockRecalculator recalculator, Clock clock) {
    this.queue = queue;
    this.recalculator = recalculator;
    this.clock = clock;
  }

  /** Starts polling the queue on a thread of its own. */
  public synchronized void start() {
    if (executor != null) {
      return;
    }
    executor =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "sla-clocks-change-worker");
              thread.setDaemon(true);
              return thread;
            });
    executor.scheduleWithFixedDelay(
        this::drainQuietly, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Stops polling; a batch in progress finishes or is claimed again after its lease. */
  public synchronized void stop() {
    if (executor == null) {
      return;
    }
    executor.shutdownNow();
    try {
      executor.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    executor = null;
  }

  private void drainQuietly() {
    try {
      while (drainOnce() == BATCH) {
        // a full batch: more may be waiting
      }
    } catch (RuntimeException e) {
      // The database may be briefly unavailable; the next poll tries again.
      LOG.log(Level.WARNING, "SLA Clocks: draining the change queue failed", e);
    }
  }

  /**
   * Claims one batch and processes it.
   *
   * @return how many issues were claimed
   */
  public int drainOnce() {
    Instant now = clock.instant();
    List<ChangeQueue.Claim> claims = queue.claim(node, BATCH, now, LEASE);
    List<ChangeQueue.Claim> done = new ArrayList<>(claims.size());
    for (ChangeQueue.Claim claim : claims) {
      try {
        recalculator.recompute(claim.issueId(), clock.instant());
        done.add(claim);
      } catch (RuntimeException e) {
        boolean parked = queue.fail(claim, describe(e), clock.instant(), RETRY_AFTER, MAX_ATTEMPTS);
        LOG.log(
            parked ? Level.WARNING : Level.FINE,
            "SLA Clocks: issue " + claim.issueId() + (parked ? " parked: " : " will be retried: "),
            e);
      }
    }
    if (!done.isEmpty()) {
      queue.complete(done);
    }
    return claims.size();
  }

  private static String describe(RuntimeException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
