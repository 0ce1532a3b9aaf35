package org.slaclocks.tracking;

import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slaclocks.clock.Cycle;
import org.slaclocks.clock.ExclusionWindow;
import org.slaclocks.clock.SlaClock;
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
 * Random helpdesk histories (seeded, those of {@link ClockEnginePropertiesTest}) with goals that do
 * not change: every firing is due exactly where the cycle's elapsed working time, pauses and
 * exclusion windows left out, reaches the rule's threshold, and not a nanosecond earlier; the next
 * trigger is the first firing due after the instant asked about.
 */
class ClockAlertsPropertiesTest {
  private static final List<AlertAction> LABEL = List.of(new AlertAction.AddLabel("late"));
  private static final List<AlertRule> RULES =
      List.of(
          new AlertRule(
              "hour-left",
              AlertRule.Kind.REMINDER,
              new AlertRule.BeforeBreach(ofHours(1)),
              0,
              null,
              Criteria.ANY,
              LABEL),
          new AlertRule(
              "three-quarters",
              AlertRule.Kind.REMINDER,
              new AlertRule.PercentOfGoal(75),
              0,
              null,
              Criteria.ANY,
              LABEL),
          new AlertRule(
              "internal",
              AlertRule.Kind.REMINDER,
              new AlertRule.InternalTarget(),
              0,
              null,
              Criteria.ANY,
              LABEL),
          new AlertRule(
              "late",
              AlertRule.Kind.ESCALATION,
              new AlertRule.AfterBreach(ofMinutes(30)),
              2,
              ofHours(2),
              Criteria.ANY,
              LABEL));
  private static final SlaConfiguration CONFIG = config();
  private static final AtomicInteger CHECKED = new AtomicInteger();

  private static SlaConfiguration config() {
    Metric firstResponse = Policies.firstResponse(Policies.goal(ofHours(4))).withAlerts(RULES);
    Metric nextResponse = Policies.nextResponse(Policies.goal(ofHours(2))).withAlerts(RULES);
    Metric resolution =
        Policies.resolution(Policies.goalWithInternalTarget(ofHours(24), ofHours(16)))
            .withAlerts(RULES);
    Instant outage = Histories.at("Wed 15:00");
    return Policies.config(
        List.of(
            new SlaPolicy(
                "default",
                "Default",
                true,
                Scope.ALL,
                List.of(firstResponse, nextResponse, resolution))),
        Exclusion.global(
            "outage", new ExclusionWindow(outage, outage.plus(ofHours(20)), "supplier outage")));
  }

  @AfterAll
  static void thePropertyWasExercised() {
    assertThat(CHECKED.get()).as("firings checked").isGreaterThan(500);
  }

  static IntStream seeds() {
    return IntStream.range(0, 150);
  }

  static ClockEngine.Result compute(IssueHistory history, Instant now) {
    return ClockEngine.compute(CONFIG, history, CONFIG.listedDirectory(), JqlScope.UNKNOWN, now);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyFiringIsDueWhereElapsedReachesItsThreshold(long seed) {
    IssueHistory history = ClockEnginePropertiesTest.randomHistory(seed);
    Instant now = ClockEnginePropertiesTest.end(history).plus(Duration.ofDays(10));
    ClockEngine.Result result = compute(history, now);

    for (ClockAlerts alerts : result.alerts()) {
      for (AlertDue due : alerts.dueUntil(now)) {
        Cycle at = cycle(compute(history, due.dueAt()), due);
        Cycle before = cycle(compute(history, due.dueAt().minusNanos(1)), due);
        Duration threshold = due.rule().threshold(at.goal(), due.occurrence());

        assertThat(at.elapsed()).as("%s at %s", due, due.dueAt()).isEqualTo(threshold);
        assertThat(before.elapsed()).as("just before %s", due).isLessThan(threshold);
        CHECKED.incrementAndGet();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theNextTriggerIsTheFirstFiringDueAfterTheInstant(long seed) {
    IssueHistory history = ClockEnginePropertiesTest.randomHistory(seed);
    Instant end = ClockEnginePropertiesTest.end(history);
    Instant far = end.plus(Duration.ofDays(30));
    ClockEngine.Result result = compute(history, end);

    for (ClockAlerts alerts : result.alerts()) {
      List<AlertDue> all = alerts.dueUntil(far);
      for (Instant after = history.createdAt();
          after.isBefore(end);
          after = after.plus(ofHours(7))) {
        Instant from = after;
        AlertDue expected =
            all.stream().filter(d -> d.dueAt().isAfter(from)).findFirst().orElse(null);
        AlertDue next = alerts.next(after);
        if (expected == null) {
          // nothing due before "far": nothing at all, or later than the list looked
          assertThat(next == null || next.dueAt().isAfter(far)).as("after %s", after).isTrue();
        } else {
          assertThat(next).as("after %s", after).isNotNull();
          assertThat(next.dueAt()).as("after %s", after).isEqualTo(expected.dueAt());
        }
      }
    }
  }

  private static Cycle cycle(ClockEngine.Result result, AlertDue due) {
    for (SlaClock clock : result.shown()) {
      if (clock.metricId().equals(due.metricId())) {
        return clock.cycles().get(due.cycleIndex() - 1);
      }
    }
    throw new AssertionError("no clock " + due.metricId());
  }
}
