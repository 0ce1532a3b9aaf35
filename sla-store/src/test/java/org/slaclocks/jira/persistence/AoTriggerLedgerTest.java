package org.slaclocks.jira.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.slaclocks.tracking.TriggerLedger;
import org.slaclocks.tracking.TriggerLedger.Firing;
import org.slaclocks.tracking.TriggerLedger.Planned;
import org.slaclocks.tracking.TriggerLedger.State;

class AoTriggerLedgerTest {
  private static final Instant AT = Instant.parse("2026-01-05T09:00:00.250Z");
  private static final Duration LEASE = Duration.ofMinutes(5);

  private TriggerLedger ledger;

  @BeforeEach
  void setUp(ActiveObjects ao) {
    ledger = new AoTriggerLedger(ao);
  }

  private static Planned planned(int cycle, String trigger, Instant due) {
    return new Planned(10001, "first-response", cycle, trigger, due);
  }

  @DatabaseTest
  void plansAFiringOncePerCycleAndTrigger() {
    assertThat(ledger.plan(List.of(planned(0, "before-1h", AT), planned(0, "before-1h", AT)), AT))
        .as("the same firing twice in one plan")
        .isEqualTo(1);
    assertThat(ledger.plan(List.of(planned(0, "before-1h", AT.plusSeconds(60))), AT)).isZero();
    assertThat(
            ledger.plan(
                List.of(
                    planned(1, "before-1h", AT.plusSeconds(7200)),
                    planned(0, "at-breach", AT.plusSeconds(3600))),
                AT))
        .isEqualTo(2);

    List<Firing> firings = ledger.firings(10001);
    assertThat(firings)
        .extracting(Firing::triggerId, Firing::cycleIndex, Firing::dueAt, Firing::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("before-1h", 0, AT, State.PENDING),
            org.assertj.core.groups.Tuple.tuple(
                "at-breach", 0, AT.plusSeconds(3600), State.PENDING),
            org.assertj.core.groups.Tuple.tuple(
                "before-1h", 1, AT.plusSeconds(7200), State.PENDING));
    assertThat(firings.get(0).outcome()).isEmpty();
    assertThat(firings.get(0).actionsDone()).isEmpty();
    assertThat(ledger.backlog())
        .containsEntry(State.PENDING, 3L)
        .containsEntry(State.CLAIMED, 0L)
        .containsEntry(State.RETRY, 0L);
  }

  @DatabaseTest
  void keysTooLongForTheColumnAreHashed() {
    String trigger = "after-breach-".repeat(30);

    assertThat(ledger.plan(List.of(planned(0, trigger, AT)), AT)).isEqualTo(1);
    assertThat(ledger.plan(List.of(planned(0, trigger, AT)), AT)).isZero();
    assertThat(ledger.firings(10001)).extracting(Firing::triggerId).containsExactly(trigger);
  }

  @DatabaseTest
  void claimsTheOldestDueFirstAndKeepsWhatEachActionDid() {
    ledger.plan(
        List.of(
            planned(0, "late", AT.plusSeconds(60)),
            planned(0, "early", AT),
            planned(0, "later", AT.plusSeconds(120))),
        AT);

    List<Firing> claimed = ledger.claim("node-a", AT, LEASE, 2);

    assertThat(claimed).extracting(Firing::triggerId).containsExactly("early", "late");
    assertThat(claimed).extracting(Firing::state).containsOnly(State.CLAIMED);
    long id = claimed.get(0).id();
    assertThat(ledger.actionDone(id, "node-a", 0, "e-mail to anna", AT)).isTrue();
    assertThat(ledger.actionDone(id, "node-a", 2, "label sla-late", AT)).isTrue();
    assertThat(ledger.finish(id, "node-a", State.DONE, null, null, AT.plusSeconds(1))).isTrue();
    Firing done = ledger.firings(10001).get(0);
    assertThat(done.state()).isEqualTo(State.DONE);
    assertThat(done.actionsDone()).containsExactlyInAnyOrder(0, 2);
    assertThat(done.outcome()).isEqualTo("e-mail to anna\nlabel sla-late");
    assertThat(done.updatedAt()).isEqualTo(AT.plusSeconds(1));
    assertThat(ledger.backlog()).containsEntry(State.PENDING, 1L).containsEntry(State.CLAIMED, 1L);
    assertThat(ledger.claim("node-b", AT.plusSeconds(10), LEASE, 10))
        .as("done and claimed firings are not claimed again")
        .extracting(Firing::triggerId)
        .containsExactly("later");
  }

  @DatabaseTest
  void aClaimWhoseNodeDiedIsTakenOverOnceItsLeaseRunsOutWithItsActionsDoneKept() {
    ledger.plan(List.of(planned(0, "late", AT)), AT);
    long id = ledger.claim("node-a", AT, LEASE, 10).get(0).id();
    ledger.actionDone(id, "node-a", 0, "e-mail to anna", AT);
    // node-a dies here

    assertThat(ledger.claim("node-b", AT.plus(LEASE), LEASE, 10)).as("lease still held").isEmpty();
    List<Firing> takenOver = ledger.claim("node-b", AT.plus(LEASE).plusMillis(1), LEASE, 10);

    assertThat(takenOver).hasSize(1);
    assertThat(takenOver.get(0).actionsDone()).containsExactly(0);
    assertThat(takenOver.get(0).outcome()).isEqualTo("e-mail to anna");
    assertThat(ledger.actionDone(id, "node-a", 1, "comment", AT.plus(LEASE)))
        .as("the dead node's late report is refused")
        .isFalse();
    assertThat(ledger.finish(id, "node-a", State.DONE, null, null, AT.plus(LEASE))).isFalse();
    assertThat(ledger.actionDone(id, "node-b", 1, "comment", AT.plus(LEASE))).isTrue();
    assertThat(ledger.finish(id, "node-b", State.DONE, null, "done", AT.plus(LEASE))).isTrue();
    assertThat(ledger.firings(10001).get(0).outcome()).isEqualTo("e-mail to anna\ncomment\ndone");
  }

  @DatabaseTest
  void failedFiringsAreListedNewestFirst() {
    ledger.plan(
        List.of(planned(0, "late", AT), planned(0, "manager", AT), planned(1, "late", AT)), AT);
    List<Long> ids = ledger.claim("node-a", AT, LEASE, 10).stream().map(Firing::id).toList();
    ledger.finish(ids.get(0), "node-a", State.FAILED, null, "transition refused", AT);
    ledger.finish(ids.get(1), "node-a", State.DONE, null, null, AT);
    ledger.finish(
        ids.get(2), "node-a", State.FAILED, null, "no one to mail", AT.plus(Duration.ofMinutes(1)));

    assertThat(ledger.failed(10))
        .extracting(Firing::id, Firing::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ids.get(2), "no one to mail"),
            org.assertj.core.groups.Tuple.tuple(ids.get(0), "transition refused"));
    assertThat(ledger.failed(1)).hasSize(1);
  }

  @DatabaseTest
  void aFiringToRetryIsNotClaimedBeforeItsInstant() {
    ledger.plan(List.of(planned(0, "late", AT)), AT);
    long id = ledger.claim("node-a", AT, LEASE, 10).get(0).id();
    Instant retryAt = AT.plus(Duration.ofMinutes(10));
    assertThat(ledger.finish(id, "node-a", State.RETRY, retryAt, "mail server down", AT)).isTrue();
    assertThat(ledger.backlog()).containsEntry(State.RETRY, 1L);

    assertThat(ledger.claim("node-a", retryAt.minusMillis(1), LEASE, 10)).isEmpty();
    List<Firing> again = ledger.claim("node-b", retryAt, LEASE, 10);

    assertThat(again).hasSize(1);
    assertThat(again.get(0).attempts()).isEqualTo(1);
    assertThat(again.get(0).nextAttemptAt()).isEqualTo(retryAt);
    assertThat(ledger.finish(id, "node-b", State.FAILED, null, "mail refused", retryAt)).isTrue();
    assertThat(ledger.claim("node-b", retryAt.plus(Duration.ofDays(1)), LEASE, 10)).isEmpty();
    assertThat(ledger.firings(10001).get(0).outcome()).isEqualTo("mail server down\nmail refused");
  }

  @DatabaseTest
  void refusesAClaimToEndInAStateThatIsNotAnEnd() {
    ledger.plan(List.of(planned(0, "late", AT)), AT);
    long id = ledger.claim("node-a", AT, LEASE, 10).get(0).id();

    assertThatThrownBy(() -> ledger.finish(id, "node-a", State.PENDING, null, null, AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not PENDING");
    assertThatThrownBy(() -> ledger.finish(id, "node-a", State.RETRY, null, null, AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nextAttemptAt");
    assertThatThrownBy(() -> ledger.claim(" ", AT, LEASE, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("node id");
  }

  /**
   * Two nodes plan the same 1,000 firings at the same instant, then claim them in batches, each
   * doing its actions and finishing what it claimed: every firing is planned once and acted on by
   * one node only.
   */
  @DatabaseTest
  void twoNodesPlanningAndClaimingTheSameThousandFiringsActOnEachOnce(AoTestDatabase db)
      throws Exception {
    TriggerLedger other = new AoTriggerLedger(db.newNode());
    List<Planned> firings = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      firings.add(
          new Planned(20000 + i % 250, "first-response", i / 250, "late", AT.plusMillis(i)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CyclicBarrier start = new CyclicBarrier(2);
      List<Future<Integer>> planned = new ArrayList<>();
      for (TriggerLedger node : List.of(ledger, other)) {
        planned.add(
            pool.submit(
                () -> {
                  start.await();
                  return node.plan(firings, AT);
                }));
      }
      assertThat(planned.get(0).get() + planned.get(1).get()).isEqualTo(1000);

      CyclicBarrier claiming = new CyclicBarrier(2);
      List<Long> claims = java.util.Collections.synchronizedList(new ArrayList<>());
      List<Future<List<Long>>> acted = new ArrayList<>();
      for (int n = 0; n < 2; n++) {
        TriggerLedger node = n == 0 ? ledger : other;
        String name = "node-" + n;
        acted.add(
            pool.submit(
                () -> {
                  claiming.await();
                  List<Long> ids = new ArrayList<>();
                  Instant now = AT.plusSeconds(5);
                  for (List<Firing> batch = node.claim(name, now, LEASE, 50);
                      !batch.isEmpty();
                      batch = node.claim(name, now, LEASE, 50)) {
                    for (Firing firing : batch) {
                      claims.add(firing.id());
                      if (node.actionDone(firing.id(), name, 0, "mail by " + name, now)
                          && node.finish(firing.id(), name, State.DONE, null, null, now)) {
                        ids.add(firing.id());
                      }
                    }
                  }
                  return ids;
                }));
      }
      List<Long> all = new ArrayList<>(acted.get(0).get());
      all.addAll(acted.get(1).get());
      assertThat(claims).as("each firing claimed by one node, once").hasSize(1000);
      assertThat(new HashSet<>(claims)).hasSize(1000);
      Set<Long> distinct = new HashSet<>(all);
      assertThat(all).as("each firing acted on by one node").hasSize(1000);
      assertThat(distinct).hasSize(1000);
      assertThat(acted.get(0).get()).as("both nodes worked").isNotEmpty();
      assertThat(acted.get(1).get()).isNotEmpty();
    } finally {
      pool.shutdownNow();
    }
    Map<State, Long> backlog = ledger.backlog();
    assertThat(backlog.values()).containsOnly(0L);
    assertThat(ledger.firings(20000))
        .extracting(Firing::outcome)
        .allSatisfy(outcome -> assertThat(outcome).matches("mail by node-[01]"));
  }
}
