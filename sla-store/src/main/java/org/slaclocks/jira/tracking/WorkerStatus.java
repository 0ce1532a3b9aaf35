package org.slaclocks.jira.tracking;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whether this node's change worker runs or is paused after a system failure, and its reports to
 * {@link WorkerNodes}. Each failure in a row doubles the pause, from {@link #FIRST_BACKOFF} to
 * {@link #MAX_BACKOFF}; a poll that works ends the episode. An episode is logged once when it
 * starts (again only if its cause changes) and once when it ends. Not thread-safe: the worker calls
 * it under its drain lock.
 */
final class WorkerStatus {
  static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
  static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

  /** How often a healthy node reports that it ran (a report is one write). */
  static final Duration REPORT_EVERY = Duration.ofMinutes(1);

  /** Nodes silent for this long are dropped from the read-out (they were removed). */
  static final Duration FORGET_NODES_AFTER = Duration.ofDays(7);

  // The worker's logger: administrators configure one logger for the worker.
  private static final Logger LOG = Logger.getLogger(ChangeWorker.class.getName());

  private final WorkerNodes nodes;
  private final String node;

  private Instant pausedUntil = Instant.MIN;
  private Duration backoff;
  private Instant episodeStart;
  private int episodeFailures;
  private String episodeWhat;
  private Instant lastRunAt;
  private Instant lastFailureAt;
  private String lastFailure;
  private Instant lastReportAt;
  private boolean forgotSilentNodes;

  WorkerStatus(WorkerNodes nodes, String node) {
    this.nodes = nodes;
    this.node = node;
  }

  boolean isPausedAt(Instant now) {
    return now.isBefore(pausedUntil);
  }

  /** A system failure at {@code now}: pauses for the next, longer backoff. */
  void failed(Throwable failure, Instant now) {
    backoff =
        backoff == null
            ? FIRST_BACKOFF
            : backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0
                ? MAX_BACKOFF
                : backoff.multipliedBy(2);
    pausedUntil = now.plus(backoff);
    episodeFailures++;
    String what = describe(failure);
    boolean news = episodeStart == null || !what.equals(episodeWhat);
    if (episodeStart == null) {
      episodeStart = now;
    }
    episodeWhat = what;
    lastFailureAt = now;
    lastFailure = what;
    if (news) {
      LOG.log(
          failure instanceof VirtualMachineError ? Level.SEVERE : Level.WARNING,
          "SLA Clocks: the change worker pauses: "
              + what
              + ". "
              + advice(failure)
              + " No issue is failed or parked meanwhile: changes stay queued and are processed"
              + " once this is fixed. Trying again in "
              + backoff.toSeconds()
              + "s, then less and less often (at most every "
              + MAX_BACKOFF.toMinutes()
              + " minutes); this is logged once per cause.",
          failure);
    } else {
      LOG.log(Level.FINE, "SLA Clocks: the change worker is still paused: " + what, failure);
    }
    report(now, news);
  }

  /** A poll completed at {@code now} without a system failure: ends a pause. */
  void ran(Instant now) {
    lastRunAt = now;
    boolean recovered = episodeStart != null;
    if (recovered) {
      LOG.info(
          "SLA Clocks: the change worker resumed after "
              + Duration.between(episodeStart, now).toSeconds()
              + "s and "
              + episodeFailures
              + " failed tries; the last was: "
              + episodeWhat);
    }
    backoff = null;
    pausedUntil = Instant.MIN;
    episodeStart = null;
    episodeFailures = 0;
    episodeWhat = null;
    report(now, recovered);
  }

  private static String advice(Throwable failure) {
    if (failure instanceof SystemFailure) {
      return ""; // its message says what to do
    }
    for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof SQLException) {
        return "Jira's database is unreachable or refuses the app's statements: check Jira's"
            + " database connection and its log.";
      }
    }
    return "See the cause below.";
  }

  /** Records this node's status, on a change or at most every {@link #REPORT_EVERY}. */
  private void report(Instant now, boolean changed) {
    if (!changed
        && lastReportAt != null
        && Duration.between(lastReportAt, now).compareTo(REPORT_EVERY) < 0) {
      return;
    }
    try {
      if (!forgotSilentNodes) {
        nodes.forgetSilentSince(now.minus(FORGET_NODES_AFTER));
        forgotSilentNodes = true;
      }
      nodes.save(
          new WorkerNodes.NodeStatus(
              node, lastRunAt, lastFailureAt, lastFailure, episodeStart != null),
          now);
      lastReportAt = now;
    } catch (Throwable t) {
      // While the database is down this fails too; the pause was logged, the next report follows.
      LOG.log(Level.FINE, "SLA Clocks: could not record the change worker's status", t);
    }
  }

  /** A failure as the logs and the read-out show it: its class and message. */
  static String describe(Throwable failure) {
    String message = failure.getMessage();
    return failure.getClass().getName() + (message == null ? "" : ": " + message);
  }
}
