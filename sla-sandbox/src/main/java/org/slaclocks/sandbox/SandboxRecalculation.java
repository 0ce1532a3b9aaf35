package org.slaclocks.sandbox;

import java.time.Instant;
import java.util.function.LongConsumer;
import org.slaclocks.jira.persistence.AoChangeQueue;
import org.slaclocks.jira.persistence.AoRecalculations;
import org.slaclocks.jira.persistence.AoWorkerNodes;
import org.slaclocks.jira.tracking.ChangeWorker;
import org.slaclocks.jira.tracking.RecalculationRunner;
import org.slaclocks.tracking.IssueSelection;
import org.slaclocks.tracking.RecalculationScope;
import org.slaclocks.web.RecalculationHost;

/**
 * Recalculation in the sandbox, as in Jira: runs recorded in its database, fed to a change queue
 * that a worker of its own drains (at the sandbox's now). Scopes are answered from the loaded
 * issues: every issue that exists at now, those whose last change at or before now is at or after
 * {@code since}, and a JQL query as the sandbox's search answers it (its SLA functions).
 */
final class SandboxRecalculation {
  private SandboxRecalculation() {}

  /** The resource's host; starts the worker and the runner's feeding (daemon threads). */
  static RecalculationHost host(SandboxApp app) {
    SandboxTracking tracking = app.tracking();
    AoChangeQueue queue = new AoChangeQueue(tracking.activeObjects());
    ChangeWorker worker =
        new ChangeWorker(
            queue,
            tracking.configuration(),
            tracking.recalculator(),
            new AoWorkerNodes(tracking.activeObjects()),
            app.clock(),
            "sandbox");
    RecalculationRunner runner =
        new RecalculationRunner(
            tracking.configuration(),
            tracking.recalculator(),
            tracking.clocks(),
            new AoRecalculations(tracking.activeObjects()),
            new Selection(app),
            tracking.audit(),
            app.clock());
    worker.start();
    runner.start();
    return new RecalculationHost(
        app.viewers(),
        new SandboxConfigurationAccess(app.viewers().people()),
        runner,
        tracking.editor(app.clock()));
  }

  /** The loaded issues that exist at now, by scope. */
  private record Selection(SandboxApp app) implements IssueSelection {
    @Override
    public void forEach(RecalculationScope scope, LongConsumer sink) {
      Instant now = app.clock().instant();
      if (scope.kind() == RecalculationScope.Kind.JQL) {
        SlaSearch.Outcome outcome = app.search(scope.jql(), app.viewers().current());
        if (!outcome.isValid()) {
          throw new IllegalArgumentException(
              outcome.problems().stream()
                  .map(SlaSearch.Problem::message)
                  .reduce((a, b) -> a + "; " + b)
                  .orElse(""));
        }
        outcome.issueIds().forEach(sink::accept);
        return;
      }
      for (LoadedIssues.Issue issue : app.issues().all()) {
        issue
            .lastChangeAtOrBefore(now)
            .filter(
                last ->
                    scope.kind() == RecalculationScope.Kind.ALL || !last.isBefore(scope.since()))
            .ifPresent(last -> sink.accept(issue.id()));
      }
    }
  }
}
