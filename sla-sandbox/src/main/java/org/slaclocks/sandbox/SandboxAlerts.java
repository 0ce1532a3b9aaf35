package org.slaclocks.sandbox;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.slaclocks.jira.tracking.AlertRunner;
import org.slaclocks.tracking.AlertActions;
import org.slaclocks.tracking.TriggerLedger;

/**
 * The alert job of the sandbox: the app's {@link AlertRunner} over the sandbox's clocks, ledger and
 * actions (mails to the outbox, the rest listed on the issue). It runs in the background once the
 * sandbox has started (a large export may have much to send; the pages do not wait for it), after
 * each move of frozen time (what came due meanwhile is sent then, as Jira sends what came due while
 * it was down), and every {@value #EVERY_SECONDS} seconds while time runs, as Jira's job runs once
 * a minute.
 */
final class SandboxAlerts implements AutoCloseable {
  static final int EVERY_SECONDS = 20;
  private static final Logger LOG = Logger.getLogger(SandboxAlerts.class.getName());

  private final AlertRunner runner;
  private final Object runLock = new Object();
  private ScheduledExecutorService executor;

  SandboxAlerts(
      SandboxTracking tracking, TriggerLedger ledger, AlertActions actions, SandboxClock clock) {
    this.runner =
        new AlertRunner(
            tracking.configuration(),
            tracking.recalculator(),
            tracking.triggers(),
            ledger,
            actions,
            clock,
            "sandbox");
  }

  /** Plans and does what is due at the sandbox's now (one run at a time). */
  AlertRunner.Report runNow() {
    synchronized (runLock) {
      return runner.runOnce();
    }
  }

  /**
   * Runs at once on a thread of its own, and then, when {@code repeat}, every {@value
   * #EVERY_SECONDS} seconds (running time).
   */
  synchronized void start(boolean repeat) {
    if (executor != null) {
      return;
    }
    executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "sla-sandbox-alerts");
              thread.setDaemon(true);
              return thread;
            });
    Runnable run =
        () -> {
          try {
            runNow();
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reminders and escalations could not run", e);
          }
        };
    if (repeat) {
      executor.scheduleWithFixedDelay(run, 0, EVERY_SECONDS, TimeUnit.SECONDS);
    } else {
      executor.execute(run);
    }
  }

  /** Stops the runs, waiting a little for one under way to end (before the database closes). */
  @Override
  public void close() {
    ScheduledExecutorService running;
    synchronized (this) {
      running = executor;
      executor = null;
    }
    if (running == null) {
      return;
    }
    running.shutdownNow();
    try {
      if (!running.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.warning("Reminders and escalations were still running when the sandbox stopped");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
