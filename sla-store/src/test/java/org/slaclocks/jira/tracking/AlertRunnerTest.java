package org.slaclocks.jira.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.slaclocks.history.ChangeGroup;
import org.slaclocks.history.IssueChange;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.history.UserRef;
import org.slaclocks.jira.persistence.AoClockRepository;
import org.slaclocks.jira.persistence.AoConfigRepository;
import org.slaclocks.jira.persistence.AoExclusionRepository;
import org.slaclocks.jira.persistence.AoTestDatabase;
import org.slaclocks.jira.persistence.AoTriggerLedger;
import org.slaclocks.jira.persistence.AoTriggerSchedule;
import org.slaclocks.jira.persistence.DatabaseTest;
import org.slaclocks.policy.AlertAction;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.tracking.AlertActions;
import org.slaclocks.tracking.AlertNotice;
import org.slaclocks.tracking.JqlScope;
import org.slaclocks.tracking.TriggerLedger;
import org.slaclocks.tracking.TriggerLedger.Firing;
import org.slaclocks.tracking.TriggerLedger.State;

/**
 * Reminders and escalations sent by the alert job against the real clock and ledger tables on H2,
 * PostgreSQL and MariaDB, under the sample helpdesk's policies. A Highest-priority issue of the VIP
 * customer Acme Corp has a 4h first-response goal on the 24/7 calendar: the reminder "hour-left"
 * (an e-mail) is due 3h after it is created, the escalation "late" (e-mail, internal comment,
 * label) at 4h, and "duty-manager" (e-mail, reassign) 2h after the breach and every 4h after that.
 * The host's actions are recorded; the tests make them fail.
 */
class AlertRunnerTest {
  private static final Instant CREATED = Instant.parse("2026-03-02T09:00:00Z");
  private static final UserRef CUSTOMER = UserRef.of("alice.acme");
  private static final UserRef AGENT = UserRef.of("agent.anna");

  private final Map<Long, IssueHistory> jira = new ConcurrentHashMap<>();
  private final Recorder actions = new Recorder();
  private final MutableClock clock = new MutableClock(CREATED);
  private String policies;
  private CurrentConfiguration configuration;
  private AoTriggerLedger ledger;
  private ClockRecalculator recalculator;
  private AlertRunner runner;

  @BeforeEach
  void setUp(ActiveObjects ao) throws IOException {
    configuration = new CurrentConfiguration(new AoConfigRepository(ao));
    policies = Files.readString(Path.of("..", "examples", "helpdesk", "policies.json"));
    configuration.save(policies, 0, "admin", CREATED).orElseThrow();
    ledger = new AoTriggerLedger(ao);
    recalculator = recalculator(ao);
    runner = runner(ao, ledger, "node-1");
  }

  private ClockRecalculator recalculator(ActiveObjects ao) {
    return new ClockRecalculator(
        configuration,
        (issueId, config) -> Optional.ofNullable(jira.get(issueId)),
        SlaConfiguration::listedDirectory,
        JqlScope.UNKNOWN,
        new AoClockRepository(ao, configuration),
        new AoExclusionRepository(ao),
        new AoTriggerSchedule(ao));
  }

  private AlertRunner runner(ActiveObjects ao, TriggerLedger ledger, String node) {
    return new AlertRunner(
        configuration, recalculator(ao), new AoTriggerSchedule(ao), ledger, actions, clock, node);
  }

  /** What the host was asked to do, and the failures the test wants from it. */
  private static final class Recorder implements AlertActions {
    record Done(long issueId, String trigger, String action, Instant dueAt, String marker) {}

    final List<Done> done = Collections.synchronizedList(new ArrayList<>());
    volatile boolean mailDown;
    volatile boolean refuseReassign;

    @Override
    public String perform(AlertNotice notice, AlertAction action) throws Failure {
      if (mailDown && action instanceof AlertAction.Email) {
        throw new Failure("the mail server does not answer", true);
      }
      if (refuseReassign && action instanceof AlertAction.Reassign) {
        throw new Failure("agent.dora cannot be assigned issues in HELP", false);
      }
      done.add(
          new Done(
              notice.issueId(),
              notice.rule().triggerId(notice.occurrence()),
              action.key(),
              notice.dueAt(),
              notice.marker()));
      return action.describe();
    }

    List<String> of(long issueId) {
      synchronized (done) {
        return done.stream()
            .filter(d -> d.issueId() == issueId)
            .map(d -> d.trigger() + " " + d.action())
            .toList();
      }
    }
  }

  /** A HELP issue of Acme Corp at priority Highest, created at 09:00 and not yet answered. */
  private static IssueHistory vip(long id, ChangeGroup... groups) {
    return new IssueHistory(
        id,
        "HELP-" + id,
        CREATED,
        CUSTOMER,
        Map.of(
            "project", "HELP",
            "status", "Open",
            "priority", "Highest",
            "reporter", "alice.acme",
            "Organization", "Acme Corp"),
        List.of(groups));
  }

  /** The issue as Jira has it, and its clocks stored as the worker stores them at the moment. */
  private void changed(long id, IssueHistory history) {
    jira.put(id, history);
    recalculator.recompute(id, clock.instant());
  }

  private void at(String time) {
    Instant to = Instant.parse("2026-03-02T" + time + ":00Z");
    clock.advance(Duration.between(clock.instant(), to));
  }

  private AlertRunner.Report runAt(String time) {
    at(time);
    return runner.runOnce();
  }

  @DatabaseTest
  void remindsThenEscalatesOnceEachWhenDue() {
    changed(1, vip(1));

    runAt("11:59");
    assertThat(actions.of(1)).isEmpty();

    runAt("12:00");
    runAt("12:01");
    assertThat(actions.of(1)).containsExactly("hour-left email");
    assertThat(actions.done.get(0).dueAt()).isEqualTo(Instant.parse("2026-03-02T12:00:00Z"));

    runAt("13:00");
    runAt("15:00");
    runAt("18:59");
    assertThat(actions.of(1))
        .containsExactly(
            "hour-left email",
            "late email",
            "late comment",
            "late add-label",
            "duty-manager email",
            "duty-manager reassign");

    runAt("19:00");
    assertThat(actions.of(1))
        .hasSize(8)
        .endsWith("duty-manager#2 email", "duty-manager#2 reassign");
    assertThat(ledger.firings(1))
        .extracting(Firing::triggerId, Firing::state)
        .containsExactly(
            tuple("hour-left", State.DONE),
            tuple("late", State.DONE),
            tuple("duty-manager", State.DONE),
            tuple("duty-manager#2", State.DONE));
  }

  @DatabaseTest
  void anAnswerBeforeTheReminderCancelsEverything() {
    changed(2, vip(2));
    at("11:00");
    changed(
        2,
        vip(2, ChangeGroup.of(clock.instant(), AGENT, new IssueChange.CommentAdded(AGENT, false))));

    runAt("12:00");
    runAt("13:00");
    runAt("23:00");

    assertThat(actions.of(2)).isEmpty();
    assertThat(ledger.firings(2)).isEmpty();
  }

  @DatabaseTest
  void anIssueMovedToAnotherPolicyBeforeItsReminderGetsNoneOfTheOldOnes() {
    changed(9, vip(9));
    runAt("11:00");
    changed(
        9,
        vip(
            9,
            ChangeGroup.of(
                clock.instant(),
                AGENT,
                new IssueChange.FieldChange("Organization", "Acme Corp", "Globex"))));

    runAt("12:00");
    runAt("13:00");
    runAt("19:00");

    assertThat(actions.of(9)).isEmpty();
    assertThat(ledger.firings(9)).isEmpty();
  }

  @DatabaseTest
  void aGoalRaisedMovesTheReminderToItsNewInstant() {
    changed(3, vip(3));
    at("10:00");
    configuration
        .save(
            policies.replaceFirst(
                "\"target\": \"4h\", \"internalTarget\": \"2h\"",
                "\"target\": \"6h\", \"internalTarget\": \"2h\""),
            1,
            "admin",
            clock.instant())
        .orElseThrow();
    changed(3, jira.get(3L)); // the recalculation after the change

    runAt("12:00");
    runAt("13:00");
    assertThat(actions.of(3)).isEmpty();

    runAt("14:00");
    assertThat(actions.of(3)).containsExactly("hour-left email");
    assertThat(actions.done.get(0).dueAt()).isEqualTo(Instant.parse("2026-03-02T14:00:00Z"));
  }

  @DatabaseTest
  void aClockFirstStoredLateSendsNothingOfThePast() {
    at("16:00"); // the app was installed after the breach: its recalculation stores the clock now
    changed(4, vip(4));

    runAt("16:01");
    assertThat(actions.of(4)).isEmpty();

    runAt("19:00");
    assertThat(actions.of(4)).containsExactly("duty-manager#2 email", "duty-manager#2 reassign");
  }

  @DatabaseTest
  void whatWasDueWhileJiraWasDownIsDoneOnceWithItsOriginalDueTime() {
    changed(5, vip(5));

    runAt("13:30"); // nothing ran since 09:00
    runAt("13:31");

    assertThat(actions.done)
        .extracting(Recorder.Done::trigger, Recorder.Done::action, Recorder.Done::dueAt)
        .containsExactly(
            tuple("hour-left", "email", Instant.parse("2026-03-02T12:00:00Z")),
            tuple("late", "email", Instant.parse("2026-03-02T13:00:00Z")),
            tuple("late", "comment", Instant.parse("2026-03-02T13:00:00Z")),
            tuple("late", "add-label", Instant.parse("2026-03-02T13:00:00Z")));
  }

  @DatabaseTest
  void aMailServerDownIsRetriedWithBackOffWithoutRepeatingTheOtherActions() {
    changed(6, vip(6));
    actions.mailDown = true;

    runAt("13:00");
    assertThat(actions.of(6)).containsExactly("late comment", "late add-label");
    assertThat(ledger.firings(6))
        .extracting(Firing::triggerId, Firing::state, Firing::attempts)
        .containsExactly(tuple("hour-left", State.RETRY, 1), tuple("late", State.RETRY, 1));
    assertThat(ledger.firings(6).get(1).nextAttemptAt())
        .isEqualTo(Instant.parse("2026-03-02T13:01:00Z"));
    assertThat(ledger.firings(6).get(1).outcome())
        .contains("the mail server does not answer (attempt 1)");

    runAt("13:00"); // not yet
    assertThat(ledger.firings(6)).extracting(Firing::attempts).containsExactly(1, 1);
    runAt("13:01"); // still down: the next attempt in 2 minutes
    assertThat(ledger.firings(6).get(1).nextAttemptAt())
        .isEqualTo(Instant.parse("2026-03-02T13:03:00Z"));

    actions.mailDown = false;
    runAt("13:03");

    assertThat(actions.of(6))
        .containsExactly("late comment", "late add-label", "hour-left email", "late email");
    assertThat(ledger.firings(6)).extracting(Firing::state).containsOnly(State.DONE);
  }

  @DatabaseTest
  void anActionRefusedForGoodFailsTheFiringAfterTheOthersAreDone() {
    changed(7, vip(7));
    actions.refuseReassign = true;

    runAt("15:00");

    assertThat(actions.of(7))
        .contains("duty-manager email")
        .doesNotContain("duty-manager reassign");
    Firing duty = ledger.firings(7).get(2);
    assertThat(duty.triggerId()).isEqualTo("duty-manager");
    assertThat(duty.state()).isEqualTo(State.FAILED);
    assertThat(duty.outcome())
        .contains("reassign failed: agent.dora cannot be assigned issues in HELP");

    runAt("15:10");
    assertThat(actions.of(7)).filteredOn("duty-manager email"::equals).hasSize(1);
  }

  @DatabaseTest
  void aNodeThatDiesAfterItsClaimIsTakenOverWhenTheLeaseRunsOut(ActiveObjects ao) {
    changed(8, vip(8));
    TriggerLedger dying =
        (TriggerLedger)
            java.lang.reflect.Proxy.newProxyInstance(
                TriggerLedger.class.getClassLoader(),
                new Class<?>[] {TriggerLedger.class},
                (proxy, method, args) -> {
                  Object result = method.invoke(ledger, args);
                  if (method.getName().equals("claim")) {
                    throw new IllegalStateException("node-0 died");
                  }
                  return result;
                });
    at("12:00");
    assertThatThrownBy(() -> runner(ao, dying, "node-0").runOnce()).hasMessage("node-0 died");
    assertThat(ledger.firings(8)).extracting(Firing::state).containsExactly(State.CLAIMED);

    runAt("12:04");
    assertThat(actions.of(8)).as("the lease holds").isEmpty();

    runAt("12:06");
    runAt("12:07");
    assertThat(actions.of(8)).containsExactly("hour-left email");
  }

  @DatabaseTest
  void twoNodesRacingActOnceOnEachFiring(AoTestDatabase db) throws Exception {
    int issues = 200;
    Map<Long, Instant> all = new HashMap<>();
    for (long id = 100; id < 100 + issues; id++) {
      jira.put(id, vip(id));
      all.put(id, CREATED);
    }
    assertThat(recalculator.recomputeAll(all, configuration.get())).isEmpty();
    at("13:00");
    ActiveObjects other = db.newNode();
    List<AlertRunner> nodes = List.of(runner, runner(other, new AoTriggerLedger(other), "node-2"));
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<AlertRunner.Report>> reports = new ArrayList<>();
      for (AlertRunner node : nodes) {
        reports.add(
            pool.submit(
                () -> {
                  start.await();
                  return node.runOnce();
                }));
      }
      for (Future<AlertRunner.Report> report : reports) {
        assertThat(report.get().problems()).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }

    Map<String, Long> timesEach =
        actions.done.stream()
            .collect(
                Collectors.groupingBy(
                    d -> d.issueId() + " " + d.trigger() + " " + d.action(),
                    Collectors.counting()));
    assertThat(timesEach).hasSize(issues * 4); // hour-left: 1 action, late: 3
    assertThat(timesEach.values()).containsOnly(1L);
  }

  @DatabaseTest
  void aThousandDueAtOnceAreAllDoneInOneRun() {
    Map<Long, Instant> all = new HashMap<>();
    for (long id = 1000; id < 2000; id++) {
      jira.put(id, vip(id));
      all.put(id, CREATED);
    }
    assertThat(recalculator.recomputeAll(all, configuration.get())).isEmpty();

    AlertRunner.Report report = runAt("12:00");

    assertThat(report.planned()).isEqualTo(1000);
    assertThat(report.done()).isEqualTo(1000);
    assertThat(actions.done.stream().map(Recorder.Done::issueId).distinct().count())
        .isEqualTo(1000);
    assertThat(ledger.backlog().values().stream().mapToLong(Long::longValue).sum()).isZero();
  }
}
