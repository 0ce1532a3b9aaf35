package org.slaclocks.jira.app;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.slaclocks.jira.event.IssueEventListener;
import org.slaclocks.jira.schedule.AlertJob;
import org.slaclocks.jira.schedule.ReconciliationJob;
import org.slaclocks.jira.tracking.ChangeWorker;

/**
 * Starts the app's moving parts when Jira is ready for them and stops them when the app is
 * disabled: registers the issue event listener, starts this node's queue worker and schedules the
 * reconciliation and the alert job (reminders and escalations).
 *
 * <p>SAL calls {@link #onStart} (this bean is exported as a {@link LifecycleAware} OSGi service)
 * once the application is set up, the app is enabled and the plugin framework has started, so the
 * scheduler and Active Objects are there; starting from a Spring init method would run before that.
 * A start that fails half-way undoes the steps it took, in reverse. Stopping ({@link #onStop} from
 * SAL, or {@link #destroy} from Spring when the app is disabled, whichever comes first) undoes only
 * what was started, so a disabled app leaves no listener, thread or job runner behind. A second
 * {@code onStart} (SAL calls it again after a restore from backup) changes nothing.
 */
public final class AppLifecycle implements LifecycleAware {
  private static final Logger LOG = Logger.getLogger(AppLifecycle.class.getName());

  private final EventPublisher events;
  private final IssueEventListener listener;
  private final ChangeWorker worker;
  private final ReconciliationJob reconciliation;
  private final AlertJob alerts;

  /** How to undo each step taken, the last step first. */
  private final Deque<Runnable> started = new ArrayDeque<>();

  private boolean running;

  public AppLifecycle(
      EventPublisher events,
      IssueEventListener listener,
      ChangeWorker worker,
      ReconciliationJob reconciliation,
      AlertJob alerts) {
    this.events = events;
    this.listener = listener;
    this.worker = worker;
    this.reconciliation = reconciliation;
    this.alerts = alerts;
  }

  @Override
  public synchronized void onStart() {
    if (running) {
      return;
    }
    try {
      events.register(listener);
      started.push(() -> events.unregister(listener));
      worker.start();
      started.push(worker::stop);
      reconciliation.schedule();
      started.push(reconciliation::unschedule);
      alerts.schedule();
      started.push(alerts::unschedule);
      running = true;
    } catch (RuntimeException | Error e) {
      LOG.log(
          Level.SEVERE,
          "SLA Clocks could not start; what had started is stopped again. Clocks are not updated"
              + " until the app is enabled again",
          e);
      undo();
      throw e;
    }
  }

  @Override
  public synchronized void onStop() {
    undo();
  }

  /** Spring's destroy method: the app is disabled or uninstalled. */
  public synchronized void destroy() {
    undo();
  }

  private void undo() {
    running = false;
    while (!started.isEmpty()) {
      Runnable step = started.pop();
      try {
        step.run();
      } catch (RuntimeException e) {
        // Undo the other steps all the same.
        LOG.log(Level.WARNING, "SLA Clocks: a step of stopping the app failed", e);
      }
    }
  }
}
