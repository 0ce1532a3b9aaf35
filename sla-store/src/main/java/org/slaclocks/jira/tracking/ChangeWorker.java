package org.slaclocks.jira.tracking;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.tracking.ChangeQueue;

/**
 * Drains the change queue off the request thread: claims a batch of changed issues, recomputes and
 * stores each one's clocks, and only then completes its claim. Every node runs one worker; the
 * queue's claims keep two nodes from processing one issue at once. The issues of a batch share the
 * store's reads and its write ({@link Recalculation#batch}): a read of each for the whole batch and
 * one transaction, not one per issue.
 *
 * <p>Failures are of two kinds. An issue's own failure (its history unreadable, its computation
 * throws, even an {@link Error} such as a {@code NoSuchMethodError} from a Jira API mismatch) is
 * retried after {@link #RETRY_AFTER} and the issue is parked after {@link #MAX_ATTEMPTS}; the other
 * issues go on. A {@link SystemFailure#isSystemLevel system failure} (configuration unreadable,
 * database or search down, a JQL scope that cannot be evaluated) would fail every issue, so the
 * worker gives its claims back uncounted and pauses ({@link WorkerStatus}: backing off from 1
 * second to 5 minutes, logged once per episode) and resumes by itself. Stopping gives the claims
 * back too: an interrupt from {@link #stop} is no issue's failure. A crash between storing and
 * completing means the issue is processed again, which gives the same clocks.
 *
 * <p>A new configuration revision queues every parked issue again (what failed may work now); so
 * does a worker's first poll after it starts, since an upgrade of the app may have fixed the cause.
 *
 * <p>Leases, retry times and the node's reports use this node's clock. Node clocks can differ (by
 * seconds); take instants from the database or the issue's history where they must agree across
 * nodes. Here they need not: a lease of minutes dwarfs the skew.
 */
public final class ChangeWorker {
  static final int BATCH = 50;
  static final int MAX_ATTEMPTS = 5;
  static final Duration LEASE = Duration.ofMinutes(5);
  static final Duration RETRY_AFTER = Duration.ofMinutes(1);

  private static final Duration POLL = Duration.ofSeconds(1);
  private static final int MAX_KINDS_REPORTED = 100;
  private static final Logger LOG = Logger.getLogger(ChangeWorker.class.getName());

  /** Recomputes and stores one issue's clocks under a configuration. */
  @FunctionalInterface
  public interface Recalculation {
    void recompute(long issueId, SlaConfiguration config, Instant now);

    /**
     * A batch of these issues under {@code config}: what the issues need from the store may be read
     * here for all of them at once. By default each issue is recomputed and stored on its own.
     */
    default Batch batch(List<Long> issueIds, SlaConfiguration config) {
      return Batch.oneByOne(this, config);
    }
  }

  /**
   * The issues of one claimed batch, recomputed one by one and stored together: each {@link
   * #recompute} throws that issue's failure, and {@link #store} writes what they computed.
   */
  public interface Batch {
    /** Recomputes one issue of the batch as of {@code now}; throws only that issue's failure. */
    void recompute(long issueId, Instant now);

    /**
     * Stores what {@link #recompute} computed.
     *
     * @return the issues whose clocks could not be stored after all, with why; the others are
     *     stored
     * @throws RuntimeException when nothing could be stored; the worker then processes each issue
     *     on its own to find whose failure it was
     */
    Map<Long, Throwable> store();

    /** Each issue recomputed and stored as {@link #recompute} is called; nothing left to store. */
    static Batch oneByOne(Recalculation recalculation, SlaConfiguration config) {
      return new Batch() {
        @Override
        public void recompute(long issueId, Instant now) {
          recalculation.recompute(issueId, config, now);
        }

        @Override
        public Map<Long, Throwable> store() {
          return Map.of();
        }
      };
    }
  }

  private final ChangeQueue queue;
  private final Supplier<SlaConfiguration> configuration;
  private final Recalculation recalculation;
  private final Clock clock;
  private final String node;

  private final Object drainLock = new Object();
  private final Set<String> reportedKinds = ConcurrentHashMap.newKeySet();
  private volatile boolean stopping;
  private ScheduledExecutorService executor;

  // Guarded by drainLock.
  private final WorkerStatus status;
  private long seenRevision = -1;

  /** A worker named after this host (stable across restarts, so the read-out shows one row). */
  public ChangeWorker(
      ChangeQueue queue,
      Supplier<SlaConfiguration> configuration,
      Recalculation recalculation,
      WorkerNodes nodes,
      Clock clock) {
    this(queue, configuration, recalculation, nodes, clock, thisHost());
  }

  public ChangeWorker(
      ChangeQueue queue,
      Supplier<SlaConfiguration> configuration,
      Recalculation recalculation,
      WorkerNodes nodes,
      Clock clock,
      String node) {
    this.queue = queue;
    this.configuration = configuration;
    this.recalculation = recalculation;
    this.clock = clock;
    this.node = node;
    this.status = new WorkerStatus(nodes, node);
  }

  private static String thisHost() {
    try {
      String host = InetAddress.getLocalHost().getHostName();
      return host.length() > 100 ? host.substring(0, 100) : host;
    } catch (IOException e) {
      return "node-" + UUID.randomUUID();
    }
  }

  /** Starts polling the queue on a thread of its own. */
  public synchronized void start() {
    if (executor != null) {
      return;
    }
    stopping = false;
    executor =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "sla-clocks-change-worker");
              thread.setDaemon(true);
              return thread;
            });
    // poll() never throws: a run that threw would cancel every later run, silently.
    executor.scheduleWithFixedDelay(
        this::poll, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Stops polling. The batch in progress is interrupted and its unprocessed claims are given back
   * uncounted; if that fails too, they are claimed again after their lease.
   */
  public synchronized void stop() {
    if (executor == null) {
      return;
    }
    stopping = true;
    executor.shutdownNow();
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.warning("SLA Clocks: the change worker did not stop within 10 seconds");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    executor = null;
  }

  /** One scheduled run: drains while batches come back full. Never throws. */
  private void poll() {
    try {
      while (!stopping && drainOnce() == BATCH) {
        // a full batch: more may be waiting
      }
    } catch (Throwable t) {
      // drainOnce guards each of its steps; this is the last line that keeps the schedule alive.
      reportOnce(t, "SLA Clocks: the change worker failed unexpectedly and goes on");
    }
  }

  /**
   * Claims one batch and processes it, unless the worker is paused after a system failure.
   *
   * @return how many issues were claimed
   */
  public int drainOnce() {
    synchronized (drainLock) {
      Instant now = clock.instant();
      if (status.isPausedAt(now)) {
        return 0;
      }
      SlaConfiguration config;
      List<ChangeQueue.Claim> claims;
      try {
        config = configuration.get();
        retryParkedOnNewRevision(config.version(), now);
        claims = queue.claim(node, BATCH, now, LEASE);
      } catch (Throwable t) {
        // No issue is involved yet: whatever failed, failed for all of them.
        if (!stopping) {
          status.failed(t, now);
        }
        return 0;
      }
      Throwable systemFailure = process(config, claims);
      if (systemFailure != null) {
        status.failed(systemFailure, clock.instant());
      } else if (!stopping) {
        status.ran(clock.instant());
      }
      return claims.size();
    }
  }

  /** Processes the claims; returns the system failure that stopped it, or null. */
  private Throwable process(SlaConfiguration config, List<ChangeQueue.Claim> claims) {
    List<ChangeQueue.Claim> done = new ArrayList<>(claims.size());
    Set<ChangeQueue.Claim> failed = new HashSet<>();
    Throwable systemFailure = null;
    try {
      systemFailure = recomputeAll(config, claims, done, failed);
    } catch (Throwable t) {
      systemFailure = t; // recording the failure failed: the database, not the issue
    }
    boolean interrupted = stopping && Thread.interrupted(); // JDBC may refuse interrupted threads
    try {
      if (!done.isEmpty()) {
        try {
          queue.complete(done);
        } catch (Throwable t) {
          // Their clocks are stored; they are processed once more after their lease, same result.
          systemFailure = systemFailure == null ? t : systemFailure;
        }
      }
      List<ChangeQueue.Claim> left = new ArrayList<>(claims);
      left.removeAll(done);
      left.removeAll(failed);
      if (!left.isEmpty()) {
        giveBack(left);
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    return stopping ? null : systemFailure;
  }

  /**
   * Recomputes the claimed issues as one batch (the store's reads and writes shared by all of
   * them), adding the stored ones to {@code done} and the failed ones to {@code failed}.
   *
   * @return the system failure that stopped it, or null
   */
  private Throwable recomputeAll(
      SlaConfiguration config,
      List<ChangeQueue.Claim> claims,
      List<ChangeQueue.Claim> done,
      Set<ChangeQueue.Claim> failed) {
    Batch batch;
    try {
      batch = recalculation.batch(claims.stream().map(ChangeQueue.Claim::issueId).toList(), config);
    } catch (Throwable t) {
      if (stopping || SystemFailure.isSystemLevel(t)) {
        return stopping ? null : t;
      }
      // The shared reads failed without saying it was the database: each issue on its own.
      batch = Batch.oneByOne(recalculation, config);
    }
    List<ChangeQueue.Claim> computed = new ArrayList<>(claims.size());
    Throwable systemFailure = recomputeEach(batch, claims, computed, failed);
    if (computed.isEmpty()) {
      return systemFailure;
    }
    // What was computed before a stop or a system failure is stored too, as it was issue by issue.
    boolean interrupted = stopping && Thread.interrupted();
    try {
      Map<Long, Throwable> notStored;
      try {
        notStored = batch.store();
      } catch (Throwable t) {
        if (stopping || systemFailure != null || SystemFailure.isSystemLevel(t)) {
          return systemFailure != null || stopping ? systemFailure : t;
        }
        // One issue's clocks spoilt the batch's store (a value its column cannot hold): each on
        // its own, so that only that issue fails.
        return recomputeEach(Batch.oneByOne(recalculation, config), computed, done, failed);
      }
      for (ChangeQueue.Claim claim : computed) {
        Throwable failure = notStored.get(claim.issueId());
        if (failure == null) {
          done.add(claim);
        } else if (SystemFailure.isSystemLevel(failure)) {
          systemFailure = systemFailure == null ? failure : systemFailure; // given back
        } else {
          issueFailed(claim, failure);
          failed.add(claim);
        }
      }
      return systemFailure;
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Recomputes the issues in order, adding each recomputed one to {@code recomputed} and recording
   * each one's own failure, until a stop or a system failure.
   *
   * @return the system failure that stopped it, or null
   */
  private Throwable recomputeEach(
      Batch batch,
      List<ChangeQueue.Claim> claims,
      List<ChangeQueue.Claim> recomputed,
      Set<ChangeQueue.Claim> failed) {
    for (int next = 0; next < claims.size() && !stopping; next++) {
      ChangeQueue.Claim claim = claims.get(next);
      try {
        batch.recompute(claim.issueId(), clock.instant());
        recomputed.add(claim);
      } catch (Throwable t) {
        if (stopping) {
          break; // interrupted by stop(): not the issue's failure
        }
        if (SystemFailure.isSystemLevel(t)) {
          return t;
        }
        // Any other Throwable is the issue's, an OutOfMemoryError too: an issue that needs more
        // heap than there is gets parked instead of blocking the queue, and a heap-wide shortage
        // fails the other issues as well, loudly.
        issueFailed(claim, t);
        failed.add(claim);
      }
    }
    return null;
  }

  private void issueFailed(ChangeQueue.Claim claim, Throwable failure) {
    boolean parked =
        queue.fail(claim, describe(failure), clock.instant(), RETRY_AFTER, MAX_ATTEMPTS);
    String message =
        "SLA Clocks: issue "
            + claim.issueId()
            + (parked
                ? " parked after " + claim.attempt() + " failed attempts: "
                : " failed (attempt " + claim.attempt() + ", retried later): ")
            + describe(failure);
    if (failure instanceof Error) {
      reportOnce(failure, message + " (each kind of error is logged once)");
    } else {
      LOG.log(parked ? Level.WARNING : Level.FINE, message, failure);
    }
  }

  /** Best effort: claims not given back are claimed again when their lease runs out. */
  private void giveBack(List<ChangeQueue.Claim> claims) {
    try {
      queue.release(List.copyOf(claims));
    } catch (Throwable t) {
      LOG.log(
          Level.FINE,
          "SLA Clocks: could not give back "
              + claims.size()
              + " claims; they are claimed again after their lease",
          t);
    }
  }

  private void retryParkedOnNewRevision(long revision, Instant now) {
    if (revision == seenRevision) {
      return;
    }
    int retried = queue.retryAllParked(now);
    if (retried > 0) {
      LOG.info(
          "SLA Clocks: "
              + retried
              + " parked issues queued again"
              + (seenRevision < 0
                  ? " as the worker started"
                  : " after the configuration changed to revision " + revision));
    }
    seenRevision = revision;
  }

  /** Logs loudly the first time a kind of failure (class and message) is seen, quietly after. */
  private void reportOnce(Throwable failure, String message) {
    String kind = describe(failure);
    boolean first = reportedKinds.size() < MAX_KINDS_REPORTED && reportedKinds.add(kind);
    LOG.log(first ? Level.SEVERE : Level.FINE, message, failure);
  }

  private static String describe(Throwable failure) {
    return WorkerStatus.describe(failure);
  }
}
