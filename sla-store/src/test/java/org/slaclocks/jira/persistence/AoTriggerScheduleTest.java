package org.slaclocks.jira.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.slaclocks.jira.persistence.Clocks.T0;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.slaclocks.tracking.ClockUpdate;
import org.slaclocks.tracking.TriggerSchedule;
import org.slaclocks.tracking.TriggerSchedule.DueClock;
import org.slaclocks.tracking.TriggerSchedule.Triggers;

class AoTriggerScheduleTest {
  private static final String ARMING = "0123456789abcdef";
  private static final Instant FROM = T0.minus(Duration.ofMinutes(1));

  private AoClockRepository clocks;
  private TriggerSchedule schedule;

  @BeforeEach
  void setUp(ActiveObjects ao) {
    clocks = new AoClockRepository(ao, Clocks.CALENDARS);
    schedule = new AoTriggerSchedule(ao);
  }

  /** Stores issue {@code id} with a running "ttfr" clock breaching at {@code breachAt}. */
  private boolean store(long id, Instant breachAt, Triggers triggers) {
    return clocks
        .storeAll(
            List.of(
                new ClockUpdate(
                    Clocks.issue(id, Clocks.running("ttfr", breachAt)),
                    clocks.version(id),
                    triggers == null ? Map.of() : Map.of("ttfr", triggers))))
        .isEmpty();
  }

  private static Triggers reminderAnHourBefore(Instant breachAt) {
    return new Triggers(ARMING, FROM, breachAt.minus(Duration.ofHours(1)));
  }

  @DatabaseTest
  void storesEachClocksTriggersAndAGoalChangeMovesItsNextTrigger() {
    Instant breach = T0.plus(Duration.ofHours(2));
    assertThat(store(1, breach, reminderAnHourBefore(breach))).isTrue();
    assertThat(store(2, breach, null)).as("a clock without reminders").isTrue();

    assertThat(schedule.triggers(List.of(1L, 2L, 3L)))
        .isEqualTo(Map.of(1L, Map.of("ttfr", reminderAnHourBefore(breach))));
    List<DueClock> due = schedule.due(T0.plus(Duration.ofHours(1)), null, 10);
    assertThat(due)
        .extracting(DueClock::issueId, DueClock::metricId, DueClock::next, DueClock::from)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, "ttfr", T0.plus(Duration.ofHours(1)), FROM));
    assertThat(schedule.due(T0.plus(Duration.ofHours(1)).minusMillis(1), null, 10)).isEmpty();

    Instant raised = T0.plus(Duration.ofHours(4)); // the goal was raised
    assertThat(store(1, raised, reminderAnHourBefore(raised))).isTrue();

    assertThat(schedule.due(T0.plus(Duration.ofHours(2)), null, 10)).isEmpty();
    assertThat(schedule.due(T0.plus(Duration.ofHours(3)), null, 10))
        .extracting(DueClock::next)
        .containsExactly(T0.plus(Duration.ofHours(3)));
    assertThat(schedule.advance(due.get(0), T0.plus(Duration.ofHours(1)), null))
        .as("the clock was stored since it was read")
        .isFalse();
  }

  @DatabaseTest
  void aChangedArmingIsStoredWhileTheClocksStayEqual() {
    Instant breach = T0.plus(Duration.ofHours(2));
    assertThat(store(1, breach, null)).isTrue();
    long version = clocks.version(1);
    assertThat(store(1, breach, null)).isTrue();
    assertThat(clocks.version(1)).as("nothing changed, nothing written").isEqualTo(version);

    // A reminder added to the policy: the clock is the same, its triggers are new.
    assertThat(store(1, breach, reminderAnHourBefore(breach))).isTrue();

    assertThat(clocks.version(1)).isEqualTo(version + 1);
    assertThat(schedule.triggers(List.of(1L)).get(1L)).containsKey("ttfr");
    assertThat(store(1, breach, reminderAnHourBefore(breach))).isTrue();
    assertThat(clocks.version(1)).isEqualTo(version + 1);
    assertThat(store(1, breach, null)).as("the reminder removed again").isTrue();
    assertThat(schedule.triggers(List.of(1L))).isEmpty();
    assertThat(schedule.due(T0.plus(Duration.ofDays(1)), null, 10)).isEmpty();
  }

  @DatabaseTest
  void instantsFinerThanAMillisecondAreStoredAsWholeMilliseconds() {
    Instant breach = T0.plus(Duration.ofHours(2));
    Triggers fine = new Triggers(ARMING, FROM.plusNanos(400), breach.plusNanos(700));
    assertThat(store(1, breach, fine)).isTrue();
    long version = clocks.version(1);

    assertThat(store(1, breach, fine)).isTrue();

    assertThat(clocks.version(1)).as("the same triggers, to the millisecond").isEqualTo(version);
    assertThat(schedule.triggers(List.of(1L)).get(1L).get("ttfr"))
        .isEqualTo(new Triggers(ARMING, FROM, breach));
  }

  /**
   * 120 clocks due at 30 instants (four at each) and 10 not due yet, paged 7 at a time while none
   * is ever advanced (each keeps failing): a pass sees every due clock once, in (next, id) order.
   */
  @DatabaseTest
  void thePagesOfADuePassHoldEveryDueClockOnceWhenNoneIsAdvanced() {
    List<ClockUpdate> updates = new ArrayList<>();
    for (long id = 1; id <= 130; id++) {
      Instant next = T0.plus(Duration.ofMinutes(id <= 120 ? (id * 7) % 30 : 100 + id));
      updates.add(
          new ClockUpdate(
              Clocks.issue(id, Clocks.running("ttfr", next.plus(Duration.ofHours(1)))),
              0,
              Map.of("ttfr", new Triggers(ARMING, FROM, next))));
    }
    assertThat(clocks.storeAll(updates)).isEmpty();
    Instant now = T0.plus(Duration.ofMinutes(29));

    for (int pass = 0; pass < 2; pass++) {
      List<DueClock> seen = new ArrayList<>();
      DueClock after = null;
      for (List<DueClock> page = schedule.due(now, null, 7);
          !page.isEmpty();
          page = schedule.due(now, after, 7)) {
        seen.addAll(page);
        after = page.get(page.size() - 1);
      }
      assertThat(seen).extracting(DueClock::issueId).doesNotHaveDuplicates().hasSize(120);
      assertThat(seen)
          .isSortedAccordingTo(
              Comparator.comparing(DueClock::next).thenComparingLong(DueClock::clockId));
    }
  }

  @DatabaseTest
  void anAdvancedClockLeavesTheDueScanUntilItsNextTrigger() {
    Instant breach = T0.plus(Duration.ofHours(2));
    store(1, breach, reminderAnHourBefore(breach));
    Instant now = T0.plus(Duration.ofHours(1));
    DueClock due = schedule.due(now, null, 10).get(0);

    assertThat(schedule.advance(due, now, breach)).isTrue();

    assertThat(schedule.due(now, null, 10)).isEmpty();
    assertThat(schedule.triggers(List.of(1L)).get(1L).get("ttfr"))
        .isEqualTo(new Triggers(ARMING, now, breach));
    assertThat(schedule.advance(due, now, breach)).as("read before the advance").isFalse();
    DueClock atBreach = schedule.due(breach, null, 10).get(0);
    assertThat(schedule.advance(atBreach, breach, null)).isTrue();
    assertThat(schedule.due(breach.plus(Duration.ofDays(30)), null, 10)).isEmpty();
    assertThat(schedule.triggers(List.of(1L)).get(1L).get("ttfr").next()).isNull();
  }

  @DatabaseTest
  void ofTwoNodesAdvancingTheSameClockOnlyOneDoes(AoTestDatabase db) throws Exception {
    TriggerSchedule other = new AoTriggerSchedule(db.newNode());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (long id = 1; id <= 10; id++) {
        Instant breach = T0.plus(Duration.ofHours(2));
        store(id, breach, reminderAnHourBefore(breach));
        Instant now = T0.plus(Duration.ofHours(1));
        List<DueClock> page = schedule.due(now, null, 20);
        assertThat(page).as("the clocks before were advanced").hasSize(1);
        DueClock due = page.get(0);
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Boolean>> results = new ArrayList<>();
        for (TriggerSchedule node : List.of(schedule, other)) {
          results.add(
              pool.submit(
                  () -> {
                    start.await();
                    return node.advance(due, now, breach);
                  }));
        }
        assertThat(List.of(results.get(0).get(), results.get(1).get()))
            .containsExactlyInAnyOrder(true, false);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @DatabaseTest
  void refusesALimitBelowOne() {
    assertThatThrownBy(() -> schedule.due(T0, null, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit must be >= 1");
  }
}
