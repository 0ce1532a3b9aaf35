package org.slaclocks.jira.app;

import com.atlassian.event.api.EventPublisher;
import org.slaclocks.jira.event.IssueEventListener;
import org.slaclocks.jira.schedule.ReconciliationJob;
import org.slaclocks.jira.tracking.ChangeWorker;

/**
 * Started when Jira enables the app and stopped when it disables it (Spring init and destroy
 * methods): registers the issue event listener, starts this node's queue worker and schedules the
 * reconciliation; stopping undoes them in reverse, so a disabled app leaves no listener or thread.
 */
public final class AppLifecycle {
  private final EventPublisher events;
  private final IssueEventListener listener;
  private final ChangeWorker worker;
  private final ReconciliationJob reconciliation;

  public AppLifecycle(
      EventPublisher events,
      IssueEventListener listener,
      ChangeWorker worker,
      ReconciliationJob reconciliation) {
    this.events = events;
    this.listener = listener;
    this.worker = worker;
    this.reconciliation = reconciliation;
  }

  public void start() {
    worker.start();
    events.register(listener);
    reconciliation.schedule();
  }

  public void stop() {
    try {
      reconciliation.unschedule();
    } finally {
      try {
        events.unregister(listener);
      } finally {
        worker.stop();
      }
    }
  }
}
