package org.slaclocks.jira.event;

import com.atlassian.event.api.EventListener;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.Issue;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.slaclocks.tracking.ChangeQueue;

/**
 * Listens to every issue event (created, updated, transitioned, commented, moved, deleted: a
 * workflow transition usually fires the generic event, so the event type is not looked at) and
 * records "issue N changed" in the durable queue: one short insert on the request thread. The
 * worker reads what changed from the issue's history.
 */
public final class IssueEventListener {
  private static final Logger LOG = Logger.getLogger(IssueEventListener.class.getName());

  private final ChangeQueue queue;
  private final Clock clock;

  public IssueEventListener(ChangeQueue queue, Clock clock) {
    this.queue = queue;
    this.clock = clock;
  }

  @EventListener
  public void onIssueEvent(IssueEvent event) {
    Issue issue = event.getIssue();
    Long issueId = issue == null ? null : issue.getId();
    if (issueId == null) {
      return;
    }
    try {
      queue.enqueue(issueId, clock.instant());
    } catch (RuntimeException e) {
      // Never fail the user's request; the reconciliation job re-queues the issue.
      LOG.log(Level.WARNING, "SLA Clocks: could not queue issue " + issueId, e);
    }
  }
}
