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
 * actions (mails to the outbox, the rest listed on the issue). It runs when the sandbox starts and
 * after each move of frozen time (what came due meanwhile is sent then, as Jira sends what came due
 * while it was down), and every {@value #EVERY_SECONDS} seconds while time runs, as Jira's job runs
 * once a minute.
 */
final class SandboxAlerts implements AutoCloseable {
  static final int EVERY_SECONDS = 20;
  private static final Logger LOG = Logger.getLogger(SandboxAlerts.class.getName());

  private final AlertRunner runner;
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

  /** Plans and does what is due at the sandbox's now. */
  synchronized AlertRunner.Report runNow() {
    return runner.runOnce();
  }

  /** Runs every {@value #EVERY_SECONDS} seconds on a thread of its own (running time only). */
  synchronized void startRunning() {
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
    executor.scheduleWithFixedDelay(
        () -> {
          try {
            runNow();
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reminders and escalations could not run", e);
          }
        },
        EVERY_SECONDS,
        EVERY_SECONDS,
        TimeUnit.SECONDS);
  }

  @Override
  public synchronized void close() {
    if (executor != null) {
      executor.shutdownNow();
      executor = null;
    }
  }
}
