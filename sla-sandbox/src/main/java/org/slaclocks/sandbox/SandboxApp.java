package org.slaclocks.sandbox;

import org.slaclocks.jira.tracking.CurrentConfiguration;
import org.slaclocks.tracking.ClockRepository;
import org.slaclocks.web.WebHost;
import org.slaclocks.web.view.SlaViews;

/**
 * Everything the sandbox's servlets share: the web layer's host and views, the tracking over the
 * loaded issues, the people, and the outbox and job of reminders and escalations.
 */
record SandboxApp(
    WebHost host,
    SlaViews views,
    SandboxTracking tracking,
    SandboxViewers viewers,
    SandboxIssueAccess access,
    SandboxClock clock,
    SandboxOutbox outbox,
    SandboxAlerts alerts) {

  LoadedIssues issues() {
    return tracking.issues();
  }

  CurrentConfiguration configuration() {
    return tracking.configuration();
  }

  ClockRepository clocks() {
    return tracking.clocks();
  }

  org.slaclocks.web.host.TemplateRenderer templates() {
    return host.templates();
  }

  /**
   * Answers an SLA search at now for {@code viewer} (their zone and language): the matching issues
   * that exist at now, before browse permissions (which the callers apply, as Jira's search does).
   */
  SlaSearch.Outcome search(String jql, org.slaclocks.web.host.Viewer viewer) {
    java.time.Instant now = clock.instant();
    java.util.List<Long> existing =
        issues().all().stream()
            .filter(i -> !i.history().createdAt().isAfter(now))
            .map(LoadedIssues.Issue::id)
            .toList();
    return SlaSearch.run(
        jql,
        new SlaSearch.Inputs(
            configuration().get(),
            configuration(),
            tracking.clocks(),
            tracking.exclusionsInForce(),
            existing,
            now,
            viewer.zone(),
            viewer.locale(),
            org.slaclocks.query.function.FunctionAnswer.JIRA_DEFAULT_LIMIT));
  }

  /**
   * Moves frozen time and stores every issue as the app would have by then (the changes that
   * happened meanwhile recompute their issues, as Jira's events would; moved back, the issues
   * forget what happened after, and those not yet created lose their clocks); then the reminders
   * and escalations that came due meanwhile are sent, as Jira's job sends them.
   *
   * <p>The stored clocks and their cycle rows, which the pages and reports read while the issues
   * are being stored, never hold a change after the clock's now: moved forward, the clock moves
   * first (the issues catch up); moved back, the issues are stored first, then the clock follows.
   *
   * @throws IllegalStateException when time runs
   */
  synchronized SandboxTracking.Computed moveTime(java.time.Instant to) {
    if (!clock.isFrozen()) {
      clock.moveTo(to); // refuses, saying how to freeze time
    }
    boolean back = to.isBefore(clock.instant());
    if (!back) {
      clock.moveTo(to);
    }
    SandboxTracking.Computed computed = tracking.computeAll(to);
    if (back) {
      clock.moveTo(to);
    }
    alerts.runNow();
    return computed;
  }
}
