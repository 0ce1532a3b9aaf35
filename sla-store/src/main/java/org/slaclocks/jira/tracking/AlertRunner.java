package org.slaclocks.jira.tracking;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.slaclocks.clock.ClockFacts;
import org.slaclocks.clock.CycleFacts;
import org.slaclocks.policy.AlertAction;
import org.slaclocks.policy.Metric;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.policy.SlaPolicy;
import org.slaclocks.tracking.AlertActions;
import org.slaclocks.tracking.AlertDue;
import org.slaclocks.tracking.AlertNotice;
import org.slaclocks.tracking.ClockAlerts;
import org.slaclocks.tracking.ClockEngine;
import org.slaclocks.tracking.TriggerArming;
import org.slaclocks.tracking.TriggerLedger;
import org.slaclocks.tracking.TriggerLedger.Firing;
import org.slaclocks.tracking.TriggerLedger.State;
import org.slaclocks.tracking.TriggerSchedule;
import org.slaclocks.tracking.TriggerSchedule.DueClock;

/**
 * Sends the reminders and escalations that are due: the work of the alert job, which Jira runs once
 * a minute on one node of the cluster (any node may run it; two running at once still act once on
 * each firing).
 *
 * <p>A run has two steps. <b>Plan</b>: it pages through the clocks whose next trigger has come
 * ({@link TriggerSchedule#due}, oldest first), computes each issue's clocks once, writes every
 * firing owed since the clock was last handled into the ledger as pending ({@link
 * TriggerLedger#plan}: a firing already there is left alone) and moves the clock to its next
 * trigger. A clock that cannot be computed keeps its owed firings and is looked at again after
 * {@link #FAILED_CLOCK_AGAIN}, behind the clocks that come due meanwhile: a failing clock never
 * holds the others up. <b>Act</b>: it claims pending firings (and ones to retry, and ones whose
 * node died: {@link TriggerLedger#claim}), checks that each is still due as the clock stands now (a
 * clock met or moved to another policy since cancels it), and does the rule's actions one by one,
 * recording each that is done so that a retry never repeats it. A failure worth retrying (the mail
 * server down) is retried with back-off from {@link #FIRST_RETRY} to {@link #LONGEST_RETRY}, for
 * about a day ({@link #MAX_ATTEMPTS}); then, or at once for a failure no retry helps (a transition
 * the workflow refuses), the firing is failed, with why, on the issue's SLA panel and in the log.
 * The actions of one firing that can be done are done even when another fails.
 *
 * <p>Every action names the instant the firing was due, also when it is done late (Jira was down, a
 * retry).
 */
public final class AlertRunner {
  static final int PAGE = 100;
  static final Duration LEASE = Duration.ofMinutes(5);
  static final Duration BUDGET = Duration.ofSeconds(50);
  static final Duration FIRST_RETRY = Duration.ofMinutes(1);
  static final Duration LONGEST_RETRY = Duration.ofHours(1);
  static final int MAX_ATTEMPTS = 30;
  static final Duration FAILED_CLOCK_AGAIN = Duration.ofMinutes(5);

  private static final Logger LOG = Logger.getLogger(AlertRunner.class.getName());

  /** What one run did. */
  public record Report(
      int clocks,
      int planned,
      int claimed,
      int done,
      int retrying,
      int failed,
      int cancelled,
      List<String> problems) {
    public Report {
      problems = List.copyOf(problems);
    }

    /** One line for the log. */
    public String summary() {
      return clocks
          + " clocks due, "
          + planned
          + " firings planned, "
          + claimed
          + " claimed: "
          + done
          + " done, "
          + retrying
          + " to retry, "
          + failed
          + " failed, "
          + cancelled
          + " cancelled"
          + (problems.isEmpty() ? "" : "; " + problems.size() + " problems");
    }
  }

  private final CurrentConfiguration configuration;
  private final ClockRecalculator recalculator;
  private final TriggerSchedule schedule;
  private final TriggerLedger ledger;
  private final AlertActions actions;
  private final Clock clock;
  private final String node;

  public AlertRunner(
      CurrentConfiguration configuration,
      ClockRecalculator recalculator,
      TriggerSchedule schedule,
      TriggerLedger ledger,
      AlertActions actions,
      Clock clock) {
    this(configuration, recalculator, schedule, ledger, actions, clock, thisNode());
  }

  /**
   * @param node this node's name in the ledger's claims; unique across the cluster
   */
  public AlertRunner(
      CurrentConfiguration configuration,
      ClockRecalculator recalculator,
      TriggerSchedule schedule,
      TriggerLedger ledger,
      AlertActions actions,
      Clock clock,
      String node) {
    this.configuration = configuration;
    this.recalculator = recalculator;
    this.schedule = schedule;
    this.ledger = ledger;
    this.actions = actions;
    this.clock = clock;
    this.node = node;
  }

  /** The host's name and a mark of this start, so that a restarted node holds no old claim. */
  private static String thisNode() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      host = "node";
    }
    host = host.length() > 80 ? host.substring(0, 80) : host;
    return host + "/" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Plans what is due and does what is planned, for at most {@link #BUDGET}. */
  public Report runOnce() {
    Instant started = clock.instant();
    Instant deadline = started.plus(BUDGET);
    SlaConfiguration config = configuration.get();
    Counts counts = new Counts();
    try {
      plan(config, started, deadline, counts);
    } catch (SystemFailure e) {
      // every issue would fail the same way: what is already planned is still acted on
      counts.problems.add(e.getMessage());
      LOG.log(Level.WARNING, "Reminders and escalations: planning stopped: " + e.getMessage());
    }
    act(config, deadline, counts);
    Report report = counts.report();
    if (report.claimed() > 0 || !report.problems().isEmpty()) {
      LOG.info("Reminders and escalations: " + report.summary());
    }
    return report;
  }

  private void plan(SlaConfiguration config, Instant now, Instant deadline, Counts counts) {
    DueClock after = null;
    while (clock.instant().isBefore(deadline)) {
      List<DueClock> page = schedule.due(now, after, PAGE);
      if (page.isEmpty()) {
        return;
      }
      after = page.get(page.size() - 1);
      counts.clocks += page.size();
      Map<Long, List<DueClock>> byIssue = new LinkedHashMap<>();
      for (DueClock due : page) {
        byIssue.computeIfAbsent(due.issueId(), id -> new ArrayList<>()).add(due);
      }
      for (Map.Entry<Long, List<DueClock>> issue : byIssue.entrySet()) {
        try {
          planIssue(issue.getKey(), issue.getValue(), config, now, counts);
        } catch (SystemFailure e) {
          throw e;
        } catch (RuntimeException | Error e) {
          counts.problems.add("issue " + issue.getKey() + ": " + e);
          LOG.log(
              Level.WARNING,
              "Reminders and escalations of issue "
                  + issue.getKey()
                  + " could not be planned; again in "
                  + FAILED_CLOCK_AGAIN.toMinutes()
                  + " minutes",
              e);
          for (DueClock due : issue.getValue()) {
            schedule.advance(due, due.from(), now.plus(FAILED_CLOCK_AGAIN));
          }
        }
      }
    }
  }

  private void planIssue(
      long issueId, List<DueClock> dueClocks, SlaConfiguration config, Instant now, Counts counts) {
    Optional<ClockEngine.Result> result = recalculator.evaluate(issueId, config, now);
    for (DueClock due : dueClocks) {
      ClockAlerts alerts = result.map(r -> alertsOf(r, due.metricId())).orElse(null);
      if (alerts == null) {
        // the issue is gone, or its policy no longer has this metric or its rules
        schedule.advance(due, now, null);
        continue;
      }
      String arming =
          TriggerArming.of(
              result.get().policyId(),
              ClockRecalculator.metric(config, result.get().policyId(), due.metricId()));
      TriggerSchedule.Triggers owed =
          TriggerArming.triggers(
              arming,
              alerts,
              new TriggerSchedule.Triggers(
                  // a row without an arming was written with the current one
                  due.arming() == null ? arming : due.arming(), due.from(), due.next()),
              now);
      List<TriggerLedger.Planned> firings = new ArrayList<>();
      for (AlertDue firing : alerts.dueBetween(owed.from(), now)) {
        firings.add(TriggerLedger.Planned.of(issueId, firing));
      }
      if (!firings.isEmpty()) {
        counts.planned += ledger.plan(firings, now);
      }
      AlertDue next = alerts.next(now);
      schedule.advance(due, now, next == null ? null : next.dueAt());
    }
  }

  private static ClockAlerts alertsOf(ClockEngine.Result result, String metricId) {
    for (ClockAlerts alerts : result.alerts()) {
      if (alerts.metricId().equals(metricId)) {
        return alerts;
      }
    }
    return null;
  }

  private void act(SlaConfiguration config, Instant deadline, Counts counts) {
    while (clock.instant().isBefore(deadline)) {
      Instant now = clock.instant();
      List<Firing> claimed = ledger.claim(node, now, LEASE, PAGE);
      if (claimed.isEmpty()) {
        return;
      }
      counts.claimed += claimed.size();
      Map<Long, List<Firing>> byIssue = new LinkedHashMap<>();
      for (Firing firing : claimed) {
        byIssue.computeIfAbsent(firing.issueId(), id -> new ArrayList<>()).add(firing);
      }
      for (Map.Entry<Long, List<Firing>> issue : byIssue.entrySet()) {
        Optional<ClockEngine.Result> result;
        try {
          result = recalculator.evaluate(issue.getKey(), config, now);
        } catch (RuntimeException | Error e) {
          for (Firing firing : issue.getValue()) {
            retryOrFail(firing, "the issue's clocks could not be computed: " + e, counts);
          }
          continue;
        }
        for (Firing firing : issue.getValue()) {
          actOn(firing, result.orElse(null), config, counts);
        }
      }
    }
  }

  private void actOn(
      Firing firing, ClockEngine.Result result, SlaConfiguration config, Counts counts) {
    Instant now = clock.instant();
    if (result == null) {
      cancel(firing, "the issue no longer exists", counts);
      return;
    }
    ClockAlerts alerts = alertsOf(result, firing.metricId());
    AlertDue due = alerts == null ? null : alerts.find(firing.cycleIndex(), firing.triggerId());
    if (due == null) {
      cancel(
          firing,
          "no longer due: the clock, its policy or its rule changed before it was done",
          counts);
      return;
    }
    AlertNotice notice = notice(firing, due, result, config);
    List<AlertAction> todo = due.rule().actions();
    String retryable = null;
    String failedForGood = null;
    for (int i = 0; i < todo.size(); i++) {
      if (firing.actionsDone().contains(i)) {
        continue;
      }
      AlertAction action = todo.get(i);
      String line;
      try {
        line = actions.perform(notice, action);
      } catch (AlertActions.Failure e) {
        if (e.isRetryable()) {
          retryable = action.key() + ": " + e.getMessage();
          continue;
        }
        line = action.key() + " failed: " + e.getMessage();
        failedForGood = line;
      } catch (RuntimeException | Error e) {
        LOG.log(Level.WARNING, "Action " + action.describe() + " of " + notice.marker(), e);
        retryable = action.key() + ": " + e;
        continue;
      }
      if (!ledger.actionDone(firing.id(), node, i, line, clock.instant())) {
        return; // our lease ran out and another node took the firing over
      }
    }
    if (retryable != null) {
      retryOrFail(firing, retryable, counts);
    } else if (failedForGood != null) {
      if (ledger.finish(firing.id(), node, State.FAILED, null, null, clock.instant())) {
        counts.failed++;
        LOG.warning(
            "Reminder or escalation " + describe(firing) + " failed for good: " + failedForGood);
      }
    } else if (ledger.finish(firing.id(), node, State.DONE, null, null, now)) {
      counts.done++;
    }
  }

  private void retryOrFail(Firing firing, String why, Counts counts) {
    Instant now = clock.instant();
    int attempts = firing.attempts() + 1;
    if (attempts >= MAX_ATTEMPTS) {
      String line = why + " (gave up after " + attempts + " attempts)";
      if (ledger.finish(firing.id(), node, State.FAILED, null, line, now)) {
        counts.failed++;
        LOG.warning("Reminder or escalation " + describe(firing) + " failed for good: " + line);
      }
      return;
    }
    Instant next = now.plus(backOff(attempts));
    if (ledger.finish(
        firing.id(), node, State.RETRY, next, why + " (attempt " + attempts + ")", now)) {
      counts.retrying++;
    }
  }

  private void cancel(Firing firing, String why, Counts counts) {
    if (ledger.finish(firing.id(), node, State.CANCELLED, null, why, clock.instant())) {
      counts.cancelled++;
    }
  }

  /** After the n-th failed attempt: 1, 2, 4, ... minutes, at most {@link #LONGEST_RETRY}. */
  static Duration backOff(int attempts) {
    int doublings = Math.min(attempts - 1, 20);
    Duration wait = FIRST_RETRY.multipliedBy(1L << doublings);
    return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
  }

  private static AlertNotice notice(
      Firing firing, AlertDue due, ClockEngine.Result result, SlaConfiguration config) {
    SlaPolicy policy = ClockRecalculator.policy(config, result.policyId());
    Metric metric = ClockRecalculator.metric(config, result.policyId(), firing.metricId());
    CycleFacts cycle = null;
    for (ClockFacts facts : result.clocks().clocks()) {
      if (facts.metricId().equals(firing.metricId())) {
        for (CycleFacts c : facts.cycles()) {
          if (c.index() == firing.cycleIndex()) {
            cycle = c;
          }
        }
      }
    }
    return new AlertNotice(
        firing.issueId(),
        result.clocks().issueKey(),
        policy.id(),
        policy.name(),
        metric.id(),
        metric.name(),
        firing.cycleIndex(),
        due.rule(),
        due.occurrence(),
        firing.dueAt(),
        cycle == null ? null : cycle.breachAt(),
        cycle == null ? null : cycle.goal().target(),
        AlertNotice.markerOf(firing.id()));
  }

  private static String describe(Firing firing) {
    return firing.triggerId()
        + " of "
        + firing.metricId()
        + " (cycle "
        + firing.cycleIndex()
        + ") on issue "
        + firing.issueId();
  }

  private static final class Counts {
    int clocks;
    int planned;
    int claimed;
    int done;
    int retrying;
    int failed;
    int cancelled;
    final List<String> problems = new ArrayList<>();

    Report report() {
      return new Report(clocks, planned, claimed, done, retrying, failed, cancelled, problems);
    }
  }
}
