package org.slaclocks.jira.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.slaclocks.tracking.ChangeQueue;
import org.slaclocks.tracking.ChangeQueue.Claim;
import org.slaclocks.tracking.ChangeQueue.Parked;

class AoChangeQueueTest {
  private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(5);

  private ChangeQueue queue;

  @BeforeEach
  void setUp(ActiveObjects ao) {
    queue = new AoChangeQueue(ao);
  }

  private static List<Long> issues(List<Claim> claims) {
    return claims.stream().map(Claim::issueId).toList();
  }

  @DatabaseTest
  void claimsEachQueuedIssueOnceOldestFirst() {
    queue.enqueue(3, NOW);
    queue.enqueue(1, NOW);
    queue.enqueue(3, NOW);
    queue.enqueue(2, NOW);

    List<Claim> claims = queue.claim("node-1", 10, NOW, LEASE);

    assertThat(issues(claims)).containsExactly(3L, 1L, 2L);
    assertThat(claims).allSatisfy(c -> assertThat(c.attempt()).isEqualTo(1));
    assertThat(queue.claim("node-2", 10, NOW, LEASE)).as("all held by node-1").isEmpty();
  }

  @DatabaseTest
  void claimsAtMostTheBatchSize() {
    queue.enqueueAll(LongStream.rangeClosed(1, 30).boxed().toList(), NOW);

    assertThat(queue.claim("node-1", 10, NOW, LEASE)).hasSize(10);
    assertThat(issues(queue.claim("node-2", 10, NOW, LEASE))).startsWith(11L);
    assertThat(queue.backlog()).isEqualTo(30);
  }

  @DatabaseTest
  void completingRemovesTheChangesTheClaimCovered() {
    queue.enqueue(1, NOW);
    queue.enqueue(2, NOW);
    List<Claim> claims = queue.claim("node-1", 10, NOW, LEASE);

    queue.complete(claims);

    assertThat(queue.backlog()).isZero();
    assertThat(queue.claim("node-1", 10, NOW, LEASE)).isEmpty();
  }

  @DatabaseTest
  void keepsAChangeRecordedWhileItsIssueWasBeingProcessed() {
    queue.enqueue(1, NOW);
    List<Claim> claims = queue.claim("node-1", 10, NOW, LEASE);
    queue.enqueue(1, NOW.plusSeconds(1)); // the issue changes again meanwhile

    assertThat(queue.claim("node-2", 10, NOW, LEASE)).as("still held").isEmpty();
    queue.complete(claims);

    List<Claim> again = queue.claim("node-2", 10, NOW.plusSeconds(2), LEASE);
    assertThat(issues(again)).containsExactly(1L);
    assertThat(again.get(0).attempt()).isEqualTo(1);
  }

  @DatabaseTest
  void anotherNodeTakesOverWhenTheLeaseRunsOut() {
    queue.enqueue(1, NOW);
    Claim first = queue.claim("node-1", 10, NOW, LEASE).get(0);

    List<Claim> taken = queue.claim("node-2", 10, NOW.plus(LEASE), LEASE);

    assertThat(issues(taken)).containsExactly(1L);
    assertThat(taken.get(0).attempt()).isEqualTo(2);
    assertThat(taken.get(0).token()).isNotEqualTo(first.token());
    // The slow first node finishes after all: its failure report no longer counts.
    assertThat(queue.fail(first, "late", NOW.plus(LEASE), Duration.ZERO, 1)).isFalse();
    assertThat(queue.parked(10)).isEmpty();
  }

  @DatabaseTest
  void retriesAFailedIssueAfterTheDelayCountingAttempts() {
    queue.enqueue(1, NOW);
    Claim claim = queue.claim("node-1", 10, NOW, LEASE).get(0);

    assertThat(queue.fail(claim, "history unreadable", NOW, Duration.ofMinutes(1), 3)).isFalse();

    assertThat(queue.claim("node-1", 10, NOW.plusSeconds(59), LEASE)).isEmpty();
    List<Claim> retry = queue.claim("node-1", 10, NOW.plusSeconds(60), LEASE);
    assertThat(retry).extracting(Claim::attempt).containsExactly(2);
  }

  /** Fails issue {@code id} at each of its {@code attempts} claims: it ends parked. */
  private void park(long id, int attempts) {
    for (int attempt = 1; attempt <= attempts; attempt++) {
      Instant at = NOW.plusSeconds(attempt * 60L);
      List<Claim> claims = queue.claim("node-1", 100, at, LEASE);
      Claim claim = claims.stream().filter(c -> c.issueId() == id).findFirst().orElseThrow();
      queue.release(claims.stream().filter(c -> c != claim).toList());
      assertThat(claim.attempt()).isEqualTo(attempt);
      assertThat(queue.fail(claim, "boom " + attempt, at, Duration.ZERO, attempts))
          .isEqualTo(attempt == attempts);
    }
  }

  @DatabaseTest
  void parksAnIssueAfterItsLastAttemptUntilAnAdministratorRetries() {
    queue.enqueue(1, NOW);
    park(1, 3);
    queue.enqueue(2, NOW.plusSeconds(500));

    assertThat(issues(queue.claim("node-1", 10, NOW.plusSeconds(600), LEASE))).containsExactly(2L);
    assertThat(queue.parked(10))
        .extracting(Parked::issueId, Parked::attempts, Parked::lastError)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 3, "boom 3"));
    assertThat(queue.parkedCount()).isEqualTo(1);
    assertThat(queue.backlog()).as("only issue 2's change").isEqualTo(1);

    queue.retryParked(List.of(1L), NOW.plusSeconds(700));

    assertThat(queue.parked(10)).isEmpty();
    List<Claim> retried = queue.claim("node-1", 10, NOW.plusSeconds(700), LEASE);
    assertThat(retried)
        .extracting(Claim::issueId, Claim::attempt)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 1));
  }

  @DatabaseTest
  void aChangeRecordedAfterParkingUnparksTheIssueWithFreshAttempts() {
    queue.enqueue(1, NOW);
    park(1, 3);

    queue.enqueue(1, NOW.plusSeconds(500)); // the issue changed again in Jira

    List<Claim> claims = queue.claim("node-1", 10, NOW.plusSeconds(500), LEASE);
    assertThat(claims)
        .extracting(Claim::issueId, Claim::attempt)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 1));
    assertThat(queue.parkedCount()).isZero();
    queue.complete(claims);
    assertThat(queue.backlog()).isZero();
  }

  @DatabaseTest
  void retryingAllParkedIssuesQueuesEachOnceWithFreshAttempts() {
    queue.enqueueAll(List.of(1L, 2L, 3L), NOW);
    park(1, 1);
    park(2, 1);

    assertThat(queue.retryAllParked(NOW.plusSeconds(900))).isEqualTo(2);
    assertThat(queue.retryAllParked(NOW.plusSeconds(900))).as("nothing left parked").isZero();

    assertThat(queue.parkedCount()).isZero();
    assertThat(queue.claim("node-1", 10, NOW.plusSeconds(900), LEASE))
        .extracting(Claim::issueId, Claim::attempt)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(1L, 1),
            org.assertj.core.groups.Tuple.tuple(2L, 1),
            org.assertj.core.groups.Tuple.tuple(3L, 1));
  }

  @DatabaseTest
  void releasedClaimsCountNoAttemptAndCanBeClaimedAtOnce() {
    queue.enqueueAll(List.of(1L, 2L), NOW);
    Claim first = queue.claim("node-1", 1, NOW, LEASE).get(0); // issue 1, attempt 1
    queue.fail(first, "history unreadable", NOW, Duration.ofMinutes(1), 5);
    Instant later = NOW.plusSeconds(60);
    List<Claim> claims = queue.claim("node-1", 10, later, LEASE);
    assertThat(claims)
        .extracting(Claim::issueId, Claim::attempt)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(2L, 1), org.assertj.core.groups.Tuple.tuple(1L, 2));

    queue.release(claims);

    assertThat(queue.claim("node-2", 10, later, LEASE))
        .as("no lease holds them, and their attempts are as before")
        .extracting(Claim::issueId, Claim::attempt)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(1L, 2), org.assertj.core.groups.Tuple.tuple(2L, 1));
    assertThat(queue.backlog()).isEqualTo(2);
  }

  @DatabaseTest
  void pagesParkedIssuesOldestFirst() {
    queue.enqueueAll(LongStream.rangeClosed(1, 5).boxed().toList(), NOW);
    for (long id = 1; id <= 5; id++) {
      park(id, 1);
    }

    assertThat(queue.parkedCount()).isEqualTo(5);
    assertThat(queue.parked(0, 2)).extracting(Parked::issueId).containsExactly(1L, 2L);
    assertThat(queue.parked(2, 2)).extracting(Parked::issueId).containsExactly(3L, 4L);
    assertThat(queue.parked(4, 2)).extracting(Parked::issueId).containsExactly(5L);
  }

  @DatabaseTest
  void theOldestWaitingChangeIsTheFirstRecorded() {
    assertThat(queue.oldestWaiting()).isEmpty();
    queue.enqueue(7, NOW.plusSeconds(5));
    queue.enqueue(3, NOW.plusSeconds(9));

    assertThat(queue.oldestWaiting()).contains(NOW.plusSeconds(5));
    queue.complete(queue.claim("node-1", 1, NOW.plusSeconds(10), LEASE));
    assertThat(queue.oldestWaiting()).contains(NOW.plusSeconds(9));
  }

  @DatabaseTest
  void nodesTakingOverTheSameExpiredClaimsAtOnceSeeContentionNotAnError(AoTestDatabase db)
      throws Exception {
    List<Long> ids = LongStream.rangeClosed(1, 100).boxed().toList();
    queue.enqueueAll(ids, NOW);
    for (int i = 0; i < 2; i++) {
      queue.claim("crashed-node", 100, NOW, LEASE); // its node dies: the leases run out
    }
    Instant later = NOW.plus(LEASE);
    List<ChangeQueue> nodes =
        List.of(queue, new AoChangeQueue(db.newNode()), new AoChangeQueue(db.newNode()));
    ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
    CyclicBarrier start = new CyclicBarrier(nodes.size());
    try {
      List<Future<List<Long>>> results = new ArrayList<>();
      for (ChangeQueue node : nodes) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  List<Long> mine = new ArrayList<>();
                  for (int round = 0; round < 10; round++) {
                    List<Claim> claims = node.claim("node", 10, later, LEASE);
                    mine.addAll(issues(claims));
                    node.complete(claims);
                  }
                  return mine;
                }));
      }
      Set<Long> all = new HashSet<>();
      int total = 0;
      for (Future<List<Long>> result : results) {
        List<Long> mine = result.get(); // an IllegalStateException would surface here
        all.addAll(mine);
        total += mine.size();
      }
      assertThat(total).as("no issue taken over twice").isEqualTo(all.size());
      assertThat(all).containsExactlyInAnyOrderElementsOf(ids);
    } finally {
      pool.shutdownNow();
    }
  }

  @DatabaseTest
  void letsGoOfAnIssueCompletedSinceItWasSeen(AoTestDatabase db) {
    queue.enqueue(1, NOW);
    ChangeQueue other = new AoChangeQueue(db.newNode());
    List<Claim> first = queue.claim("node-1", 10, NOW, LEASE);
    queue.complete(first);

    assertThat(other.claim("node-2", 10, NOW, LEASE)).isEmpty();
  }

  @DatabaseTest
  void twoNodesClaimingAtOnceNeverShareAnIssue(AoTestDatabase db) throws Exception {
    List<Long> ids = LongStream.rangeClosed(1, 200).boxed().toList();
    queue.enqueueAll(ids, NOW);
    ChangeQueue other = new AoChangeQueue(db.newNode());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CyclicBarrier start = new CyclicBarrier(2);
    try {
      List<Future<List<Long>>> results = new ArrayList<>();
      for (ChangeQueue node : List.of(queue, other)) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  List<Long> mine = new ArrayList<>();
                  for (int round = 0; round < 20; round++) {
                    List<Claim> claims = node.claim("node", 10, NOW, LEASE);
                    mine.addAll(issues(claims));
                    node.complete(claims);
                  }
                  return mine;
                }));
      }
      List<Long> a = results.get(0).get();
      List<Long> b = results.get(1).get();
      Set<Long> shared = new HashSet<>(a);
      shared.retainAll(b);
      assertThat(shared).isEmpty();
      assertThat(new HashSet<>(a).size() + new HashSet<>(b).size()).isEqualTo(a.size() + b.size());
      Set<Long> all = new HashSet<>(a);
      all.addAll(b);
      assertThat(all).containsExactlyInAnyOrderElementsOf(ids);
      assertThat(queue.backlog()).isZero();
    } finally {
      pool.shutdownNow();
    }
  }
}
