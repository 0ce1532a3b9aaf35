package org.slaclocks.tracking;

import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.slaclocks.tracking.Histories.AGENT;
import static org.slaclocks.tracking.Histories.at;
import static org.slaclocks.tracking.Histories.created;
import static org.slaclocks.tracking.Policies.config;
import static org.slaclocks.tracking.Policies.goal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slaclocks.clock.ExclusionWindow;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.policy.AlertAction;
import org.slaclocks.policy.AlertRule;
import org.slaclocks.policy.Criteria;
import org.slaclocks.policy.Exclusion;
import org.slaclocks.policy.Metric;
import org.slaclocks.policy.Scope;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.policy.SlaPolicy;

/**
 * When reminders and escalations are due, on the 9-17 Amsterdam calendar: a resolution goal of 8h
 * (4h for Highest), paused while waiting for the customer.
 */
class ClockAlertsTest {
  private static final List<AlertAction> LABEL = List.of(new AlertAction.AddLabel("late"));

  static AlertRule before(Duration before) {
    return reminder(new AlertRule.BeforeBreach(before), Criteria.ANY);
  }

  static AlertRule reminder(AlertRule.Threshold threshold, Criteria when) {
    return new AlertRule("r", AlertRule.Kind.REMINDER, threshold, 0, null, when, LABEL);
  }

  static AlertRule escalation(Duration after, Duration every) {
    return new AlertRule(
        "e",
        AlertRule.Kind.ESCALATION,
        new AlertRule.AfterBreach(after),
        1,
        every,
        Criteria.ANY,
        LABEL);
  }

  static Metric resolution(AlertRule... rules) {
    return Policies.resolution(goal("Highest", ofHours(4)), goal(ofHours(8)))
        .withAlerts(List.of(rules));
  }

  static ClockAlerts alerts(SlaConfiguration config, IssueHistory history, Instant now) {
    ClockEngine.Result result =
        ClockEngine.compute(config, history, config.listedDirectory(), JqlScope.UNKNOWN, now);
    assertThat(result.alerts()).hasSize(1);
    return result.alerts().get(0);
  }

  static List<Instant> due(AlertRule rule, IssueHistory history, Instant now) {
    return alerts(config(resolution(rule)), history, now).dueUntil(now).stream()
        .map(AlertDue::dueAt)
        .toList();
  }

  /** Created Friday 09:30, still open: the 8h goal breaches on Monday at 09:30. */
  static final IssueHistory FRIDAY = created(at("Fri 09:30")).build();

  static Stream<Arguments> thresholds() {
    return Stream.of(
        Arguments.of("1h before the breach", before(ofHours(1)), List.of(at("Fri 16:30"))),
        // 7h30m before a Monday 09:30 breach: at the start of Friday's count
        Arguments.of(
            "30m after the start", before(Duration.ofMinutes(450)), List.of(at("Fri 10:00"))),
        Arguments.of(
            "75% of the goal",
            reminder(new AlertRule.PercentOfGoal(75), Criteria.ANY), List.of(at("Fri 15:30"))),
        Arguments.of("at the breach", escalation(Duration.ZERO, null), List.of(at("Mon+1 09:30"))),
        Arguments.of("2h after", escalation(ofHours(2), null), List.of(at("Mon+1 11:30"))),
        Arguments.of(
            "2h after, every 4h",
            escalation(ofHours(2), ofHours(4)),
            // 4h from Monday 15:30: 1h30m on Monday, 2h30m on Tuesday
            List.of(at("Mon+1 11:30"), at("Mon+1 15:30"), at("Tue+1 11:30"), at("Tue+1 15:30"))),
        Arguments.of(
            "the goal has no internal target",
            reminder(new AlertRule.InternalTarget(), Criteria.ANY),
            List.of()),
        Arguments.of(
            "only for Highest, on a Medium issue",
            reminder(
                new AlertRule.BeforeBreach(ofHours(1)),
                new Criteria(Map.of("priority", Set.of("Highest")))),
            List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("thresholds")
  void fallsWhereElapsedWorkingTimeReachesTheThreshold(
      String name, AlertRule rule, List<Instant> expected) {
    assertThat(due(rule, FRIDAY, at("Tue+1 17:00"))).containsExactlyElementsOf(expected);
  }

  @Test
  void dueBetweenOwesOnlyTheFiringsFromItsStartToItsEnd() {
    ClockAlerts alerts =
        alerts(config(resolution(escalation(ofHours(2), ofHours(4)))), FRIDAY, at("Tue+1 17:00"));

    // the job last handled the clock at Monday 15:30 (inclusive: that repetition is still owed)
    assertThat(alerts.dueBetween(at("Mon+1 15:30"), at("Tue+1 12:00")))
        .extracting(AlertDue::dueAt, AlertDue::triggerId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(at("Mon+1 15:30"), "e#2"),
            org.assertj.core.groups.Tuple.tuple(at("Tue+1 11:30"), "e#3"));
    assertThat(alerts.dueBetween(at("Tue+1 15:31"), at("Tue+1 17:00"))).isEmpty();
    assertThat(alerts.dueBetween(at("Fri 09:30"), at("Tue+1 17:00")))
        .extracting(AlertDue::dueAt)
        .containsExactlyElementsOf(
            alerts.dueUntil(at("Tue+1 17:00")).stream().map(AlertDue::dueAt).toList());
  }

  @Test
  void theArmingOfAMetricChangesWithItsDefinitionOnly() {
    Metric reminded = resolution(before(ofHours(1)));
    Metric same = resolution(before(ofHours(1)));
    Metric earlier = resolution(before(ofHours(2)));
    Metric otherGoal =
        Policies.resolution(goal("Highest", ofHours(4)), goal(ofHours(9)))
            .withAlerts(List.of(before(ofHours(1))));

    assertThat(TriggerArming.of("p", reminded)).isEqualTo(TriggerArming.of("p", same)).hasSize(16);
    assertThat(TriggerArming.of("p", reminded))
        .isNotEqualTo(TriggerArming.of("p", earlier))
        .isNotEqualTo(TriggerArming.of("p", otherGoal))
        .isNotEqualTo(TriggerArming.of("other-policy", reminded));
  }

  @Test
  void aClockOwesItsFiringsFromWhenItsRulesFirstAppliedToIt() {
    ClockAlerts alerts = alerts(config(resolution(before(ofHours(1)))), FRIDAY, at("Tue+1 17:00"));
    String arming = "0123456789abcdef";

    // new clock, computed after the reminder was due: nothing owed, nothing next
    TriggerSchedule.Triggers fresh =
        TriggerArming.triggers(arming, alerts, null, at("Mon+1 09:00"));
    assertThat(fresh.from()).isEqualTo(at("Mon+1 09:00"));
    assertThat(fresh.next()).isNull();

    // armed on Friday morning (the same rules since): the reminder at 16:30 is still owed
    TriggerSchedule.Triggers stored =
        new TriggerSchedule.Triggers(arming, at("Fri 10:00"), at("Fri 16:30"));
    assertThat(TriggerArming.triggers(arming, alerts, stored, at("Mon+1 09:00")))
        .isEqualTo(new TriggerSchedule.Triggers(arming, at("Fri 10:00"), at("Fri 16:30")));

    // the rules changed since: armed again from now
    assertThat(TriggerArming.triggers("fedcba9876543210", alerts, stored, at("Mon+1 09:00")))
        .isEqualTo(new TriggerSchedule.Triggers("fedcba9876543210", at("Mon+1 09:00"), null));

    // no rules: nothing to store
    assertThat(TriggerArming.triggers(arming, null, stored, at("Mon+1 09:00"))).isNull();
  }

  @Test
  void aReminderAtTheInternalTargetUsesTheGoalRowsTarget() {
    Metric metric =
        Policies.resolution(Policies.goalWithInternalTarget(ofHours(24), ofHours(16)))
            .withAlerts(List.of(reminder(new AlertRule.InternalTarget(), Criteria.ANY)));

    List<AlertDue> due =
        alerts(config(metric), created(at("Mon 09:00")).build(), at("Mon+1 09:00"))
            .dueUntil(at("Mon+1 09:00"));

    assertThat(due).extracting(AlertDue::dueAt).containsExactly(at("Tue 17:00"));
  }

  @Test
  void aPauseMovesItByThePausedWorkingTime() {
    IssueHistory history =
        created(at("Fri 09:30"))
            .status(at("Fri 11:00"), "Open", "Waiting for customer")
            .status(at("Fri 13:00"), "Waiting for customer", "Open")
            .build();

    // 7h counted from 09:30 without the two hours paused: 5h30m on Friday, 1h30m on Monday
    assertThat(due(before(ofHours(1)), history, at("Tue+1 17:00")))
        .containsExactly(at("Mon+1 10:30"));
  }

  @Test
  void anExclusionWindowMovesItLikeAPause() {
    SlaConfiguration config =
        Policies.config(
            List.of(
                new SlaPolicy("p", "P", true, Scope.ALL, List.of(resolution(before(ofHours(1)))))),
            Exclusion.global(
                "outage", new ExclusionWindow(at("Fri 14:00"), at("Fri 15:00"), "outage")));

    assertThat(alerts(config, FRIDAY, at("Tue+1 17:00")).dueUntil(at("Tue+1 17:00")))
        .extracting(AlertDue::dueAt)
        .containsExactly(at("Mon+1 09:30"));
  }

  @Test
  void aCycleStoppedBeforeTheThresholdHasNone() {
    IssueHistory history =
        created(at("Fri 09:30")).resolve(at("Fri 16:00"), "Open", "Done").build();

    assertThat(due(before(ofHours(1)), history, at("Tue+1 17:00"))).isEmpty();
  }

  @Test
  void aCycleStoppedExactlyAtTheThresholdHasNone() {
    IssueHistory history =
        created(at("Fri 09:30")).resolve(at("Fri 16:30"), "Open", "Done").build();

    assertThat(due(before(ofHours(1)), history, at("Tue+1 17:00"))).isEmpty();
  }

  @Test
  void aCycleStoppedAfterTheThresholdKeepsWhatWasDue() {
    IssueHistory history =
        created(at("Fri 09:30")).resolve(at("Fri 16:31"), "Open", "Done").build();

    assertThat(due(before(ofHours(1)), history, at("Tue+1 17:00")))
        .containsExactly(at("Fri 16:30"));
  }

  @Test
  void aRaisedGoalMovesItAndARecomputedClockMovesItBack() {
    AlertRule rule = before(ofHours(1));
    IssueHistory raised =
        created(at("Mon 09:00"))
            .change(at("Mon 10:00"), AGENT, "priority", "Medium", "Highest")
            .build();

    // 4h goal from 09:00: breach 13:00, reminder 12:00; before the change, the 8h goal's 16:00
    assertThat(alerts(config(resolution(rule)), raised, at("Mon 09:30")).next(at("Mon 09:30")))
        .extracting(AlertDue::dueAt)
        .isEqualTo(at("Mon 16:00"));
    assertThat(due(rule, raised, at("Mon 17:00"))).containsExactly(at("Mon 12:00"));
  }

  @Test
  void aGoalLoweredBelowTheThresholdMakesItDueAtTheChange() {
    IssueHistory lowered =
        created(at("Mon 09:00"))
            .change(at("Mon 14:00"), AGENT, "priority", "Medium", "Highest")
            .build();

    // 5h counted when the goal becomes 4h: the reminder (3h) and the breach are due at once
    assertThat(due(before(ofHours(1)), lowered, at("Mon 17:00"))).containsExactly(at("Mon 14:00"));
    assertThat(due(escalation(Duration.ZERO, null), lowered, at("Mon 17:00")))
        .containsExactly(at("Mon 14:00"));
  }

  @Test
  void theNextTriggerSkipsWhatIsPastAndTheRepetitionsAlreadyDue() {
    ClockAlerts alerts =
        alerts(
            config(resolution(before(ofHours(1)), escalation(ofHours(2), ofHours(4)))),
            FRIDAY,
            at("Tue+1 12:00"));

    AlertDue next = alerts.next(at("Tue+1 12:00"));

    assertThat(next.dueAt()).isEqualTo(at("Tue+1 15:30"));
    assertThat(next.occurrence()).isEqualTo(4);
    assertThat(next.triggerId()).isEqualTo("e#4");
    assertThat(alerts.next(at("Fri 09:30")).triggerId()).isEqualTo("r");
    assertThat(alerts.dueUntil(at("Mon+1 12:00")))
        .extracting(AlertDue::triggerId)
        .containsExactly("r", "e");
  }

  @Test
  void aPausedCycleHasNoNextTrigger() {
    IssueHistory waiting =
        created(at("Fri 09:30")).status(at("Fri 11:00"), "Open", "Waiting for customer").build();

    ClockAlerts alerts =
        alerts(
            config(resolution(before(ofHours(1)), escalation(ofMinutes(0), ofHours(1)))),
            waiting,
            at("Fri 12:00"));

    assertThat(alerts.next(at("Fri 12:00"))).isNull();
    assertThat(alerts.upcoming(at("Fri 12:00"))).isEmpty();
  }

  @Test
  void aWhenIsTestedOnTheIssueAsItWasAtTheDueInstant() {
    AlertRule highestOnly =
        reminder(
            new AlertRule.PercentOfGoal(50), new Criteria(Map.of("priority", Set.of("Highest"))));
    Metric metric = Policies.resolution(goal(ofHours(8))).withAlerts(List.of(highestOnly));
    IssueHistory raisedLate =
        created(at("Mon 09:00"))
            .change(at("Mon 14:00"), AGENT, "priority", "Medium", "Highest")
            .build();
    IssueHistory raisedEarly =
        created(at("Mon 09:00"))
            .change(at("Mon 12:00"), AGENT, "priority", "Medium", "Highest")
            .build();

    // due at 13:00 (4h of 8h): Medium then in the first history, Highest in the second
    assertThat(alerts(config(metric), raisedLate, at("Tue 09:00")).dueUntil(at("Tue 09:00")))
        .isEmpty();
    assertThat(alerts(config(metric), raisedEarly, at("Tue 09:00")).dueUntil(at("Tue 09:00")))
        .extracting(AlertDue::dueAt)
        .containsExactly(at("Mon 13:00"));
  }

  @Test
  void everyCycleHasItsOwnFirings() {
    IssueHistory reopened =
        created(at("Mon 09:00"))
            .resolve(at("Mon 17:00"), "Open", "Done")
            .reopen(at("Tue 09:00"), "Done")
            .build();

    List<AlertDue> due =
        alerts(config(resolution(before(ofHours(1)))), reopened, at("Wed 17:00"))
            .dueUntil(at("Wed 17:00"));

    assertThat(due).extracting(AlertDue::cycleIndex).containsExactly(1, 2);
    assertThat(due).extracting(AlertDue::dueAt).containsExactly(at("Mon 16:00"), at("Tue 16:00"));
  }

  @Test
  void aMetricWithoutRulesHasNoAlerts() {
    ClockEngine.Result result =
        ClockEngine.compute(
            config(Policies.resolution(goal(ofHours(8)))),
            FRIDAY,
            config(Policies.resolution(goal(ofHours(8)))).listedDirectory(),
            JqlScope.UNKNOWN,
            at("Mon+1 09:00"));

    assertThat(result.alerts()).isEmpty();
  }
}
