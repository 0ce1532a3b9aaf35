package org.slaclocks.tracking;

import static java.time.Duration.ofHours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.slaclocks.tracking.Histories.AGENT;
import static org.slaclocks.tracking.Histories.CUSTOMER;
import static org.slaclocks.tracking.Histories.OTHER_AGENT;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slaclocks.clock.ClockState;
import org.slaclocks.clock.Cycle;
import org.slaclocks.clock.SlaClock;
import org.slaclocks.history.ChangeGroup;
import org.slaclocks.history.IssueChange;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.history.UserRef;
import org.slaclocks.policy.SlaConfiguration;

/**
 * Random helpdesk histories (seeded): the engine is a function of its inputs, the order of items
 * inside a change group does not matter, a later "now" only changes running cycles, and a running
 * cycle's deadline is where its elapsed time reaches the goal.
 */
class ClockEnginePropertiesTest {
  private static final SlaConfiguration CONFIG =
      Policies.config(
          Policies.firstResponse(Policies.goal("Highest", ofHours(1)), Policies.goal(ofHours(4))),
          Policies.nextResponse(Policies.goal(ofHours(2))),
          Policies.resolution(
              Policies.goal("Highest", ofHours(8)),
              Policies.goalWithInternalTarget(ofHours(24), ofHours(16))));
  private static final String[] STATUSES = {"Open", "In Progress", "Waiting for customer"};
  private static final String[] PRIORITIES = {"Highest", "High", "Medium", "Low"};

  /** Running cycles checked against their deadline, over all seeds: the property must bite. */
  private static final java.util.concurrent.atomic.AtomicInteger DEADLINES_CHECKED =
      new java.util.concurrent.atomic.AtomicInteger();

  @org.junit.jupiter.api.AfterAll
  static void theDeadlinePropertyWasExercised() {
    assertThat(DEADLINES_CHECKED.get()).as("running cycles checked").isGreaterThan(20);
  }

  static IntStream seeds() {
    return IntStream.range(0, 200);
  }

  /** A random history of 5-40 change groups over about three weeks. */
  static IssueHistory randomHistory(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Instant created = Histories.at("Mon 08:00").plusSeconds(random.nextLong(5 * 86_400));
    Instant at = created;
    String status = "Open";
    String priority = PRIORITIES[random.nextInt(PRIORITIES.length)];
    String resolution = null;
    List<ChangeGroup> groups = new ArrayList<>();
    int n = random.nextInt(5, 40);
    for (int i = 0; i < n; i++) {
      at = at.plusSeconds(random.nextInt(4) == 0 ? 0 : random.nextLong(60, 36 * 3600));
      UserRef agent = UserRef.of(random.nextBoolean() ? AGENT : OTHER_AGENT);
      List<IssueChange> items = new ArrayList<>();
      switch (random.nextInt(6)) {
        case 0 -> items.add(new IssueChange.CommentAdded(UserRef.of(CUSTOMER), false));
        case 1 -> items.add(new IssueChange.CommentAdded(agent, random.nextInt(3) == 0));
        case 2 -> {
          String next = STATUSES[random.nextInt(STATUSES.length)];
          items.add(new IssueChange.FieldChange("status", status, next));
          status = next;
        }
        case 3 -> {
          String next = PRIORITIES[random.nextInt(PRIORITIES.length)];
          items.add(new IssueChange.FieldChange("priority", priority, next));
          priority = next;
        }
        case 4 -> {
          if (resolution == null) {
            items.add(new IssueChange.FieldChange("status", status, "Resolved"));
            items.add(new IssueChange.FieldChange("resolution", null, "Done"));
            items.add(new IssueChange.CommentAdded(agent, false));
            status = "Resolved";
            resolution = "Done";
          } else {
            items.add(new IssueChange.FieldChange("status", status, "Open"));
            items.add(new IssueChange.FieldChange("resolution", resolution, null));
            status = "Open";
            resolution = null;
          }
        }
        default -> items.add(new IssueChange.FieldChange("Region", null, "EMEA"));
      }
      groups.add(new ChangeGroup(at, random.nextBoolean() ? agent : UserRef.of(CUSTOMER), items));
    }
    return new IssueHistory(
        seed,
        "HELP-" + seed,
        created,
        UserRef.of(CUSTOMER),
        java.util.Map.of(
            "project", "HELP", "status", "Open", "priority", priority, "reporter", CUSTOMER),
        groups);
  }

  static List<SlaClock> compute(IssueHistory history, Instant now) {
    return ClockEngine.compute(CONFIG, history, CONFIG.listedDirectory(), JqlScope.UNKNOWN, now)
        .shown();
  }

  static Instant end(IssueHistory history) {
    return history.groups().get(history.groups().size() - 1).at().plusSeconds(3600);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theSameInputsGiveTheSameCycles(long seed) {
    IssueHistory history = randomHistory(seed);
    Instant now = end(history);

    assertThat(compute(randomHistory(seed), now)).isEqualTo(compute(history, now));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theOrderOfItemsInsideAChangeGroupDoesNotMatter(long seed) {
    IssueHistory history = randomHistory(seed);
    SplittableRandom random = new SplittableRandom(~seed);
    List<ChangeGroup> shuffled = new ArrayList<>();
    for (ChangeGroup group : history.groups()) {
      List<IssueChange> items = new ArrayList<>(group.items());
      Collections.shuffle(items, new java.util.Random(random.nextLong()));
      shuffled.add(new ChangeGroup(group.at(), group.author(), items));
    }
    IssueHistory reordered =
        new IssueHistory(
            history.issueId(),
            history.key(),
            history.createdAt(),
            history.creator(),
            history.initialFields(),
            shuffled);

    assertThat(compute(reordered, end(history))).isEqualTo(compute(history, end(history)));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aLaterNowOnlyChangesRunningCycles(long seed) {
    IssueHistory history = randomHistory(seed);
    Instant now = end(history);
    List<SlaClock> early = compute(history, now);
    List<SlaClock> late = compute(history, now.plus(Duration.ofDays(3)));

    for (int m = 0; m < early.size(); m++) {
      List<Cycle> before = early.get(m).cycles();
      List<Cycle> after = late.get(m).cycles();
      assertThat(after).hasSameSizeAs(before);
      for (int c = 0; c < before.size(); c++) {
        if (!before.get(c).isOpen()) {
          assertThat(after.get(c)).isEqualTo(before.get(c));
        } else {
          assertThat(after.get(c).start()).isEqualTo(before.get(c).start());
          assertThat(after.get(c).elapsed()).isGreaterThanOrEqualTo(before.get(c).elapsed());
          if (before.get(c).state() == ClockState.RUNNING) {
            assertThat(after.get(c).deadline()).isEqualTo(before.get(c).deadline());
          }
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aRunningCycleReachesItsGoalExactlyAtItsDeadline(long seed) {
    IssueHistory history = randomHistory(seed);
    for (SlaClock clock : compute(history, end(history))) {
      Cycle cycle = clock.current();
      if (cycle == null || cycle.state() != ClockState.RUNNING || cycle.isBreached()) {
        continue;
      }
      Instant deadline = cycle.deadline();
      DEADLINES_CHECKED.incrementAndGet();
      Cycle atDeadline = find(compute(history, deadline), clock.metricId());
      Cycle justAfter = find(compute(history, deadline.plusNanos(1)), clock.metricId());

      assertThat(atDeadline.elapsed()).isEqualTo(cycle.goal().target());
      assertThat(atDeadline.remaining()).isZero();
      assertThat(atDeadline.isBreached()).isFalse();
      assertThat(justAfter.isBreached()).isTrue();
      assertThat(justAfter.breachAt()).isEqualTo(deadline);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void elapsedNeverExceedsTheWorkingTimeOfTheCycle(long seed) {
    IssueHistory history = randomHistory(seed);
    Instant now = end(history);
    for (SlaClock clock : compute(history, now)) {
      for (Cycle cycle : clock.cycles()) {
        Instant until = cycle.isOpen() ? now : cycle.stop();
        assertThat(cycle.elapsed())
            .isLessThanOrEqualTo(
                CONFIG.calendar(cycle.goal().calendar()).workingTime(cycle.start(), until));
        assertThat(cycle.remaining()).isEqualTo(cycle.goal().target().minus(cycle.elapsed()));
        if (cycle.state() == ClockState.MET) {
          assertThat(cycle.isBreached()).isFalse();
        }
        if (cycle.state() == ClockState.BREACHED) {
          assertThat(cycle.breachAt()).isBefore(cycle.stop());
        }
      }
    }
  }

  private static Cycle find(List<SlaClock> clocks, String metricId) {
    return clocks.stream()
        .filter(c -> c.metricId().equals(metricId))
        .findFirst()
        .orElseThrow()
        .current();
  }
}
