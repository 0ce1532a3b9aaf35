package org.slaclocks.jira.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.slaclocks.jira.persistence.Clocks.ALWAYS;
import static org.slaclocks.jira.persistence.Clocks.T0;
import static org.slaclocks.jira.persistence.Clocks.breached;
import static org.slaclocks.jira.persistence.Clocks.issue;
import static org.slaclocks.jira.persistence.Clocks.notStarted;
import static org.slaclocks.jira.persistence.Clocks.running;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.slaclocks.clock.ClockState;
import org.slaclocks.clock.SlaClock;
import org.slaclocks.tracking.ClockRepository;
import org.slaclocks.tracking.ClockRepository.Flag;
import org.slaclocks.tracking.ClockUpdate;
import org.slaclocks.tracking.IssueClocks;
import org.slaclocks.tracking.StoredClock;
import org.slaclocks.tracking.StoredIssueClocks;

class AoClockRepositoryTest {
  private ClockRepository clocks;

  @BeforeEach
  void setUp(ActiveObjects ao) {
    clocks = new AoClockRepository(ao);
  }

  @DatabaseTest
  void storesEverythingTheIssuePanelShows() {
    IssueClocks issue =
        issue(10001, 7, running("first-response", T0.plusSeconds(7200)), breached("resolution"));

    assertThat(clocks.store(issue, 0)).isTrue();

    StoredIssueClocks stored = clocks.load(10001).orElseThrow();
    assertThat(stored.version()).isEqualTo(1);
    assertThat(stored.toIssueClocks(name -> ALWAYS)).isEqualTo(issue);
  }

  @DatabaseTest
  void keepsInstantsToTheMillisecond() {
    Instant deadline = Instant.parse("2026-01-05T11:00:00.987Z");
    clocks.store(issue(1, running("first-response", deadline)), 0);

    assertThat(clocks.summaries(1)).extracting(StoredClock::deadline).containsExactly(deadline);
  }

  @DatabaseTest
  void summarisesTheCurrentCycle() {
    clocks.store(issue(5, breached("resolution"), notStarted("first-response")), 0);

    List<StoredClock> summaries = clocks.summaries(5);

    assertThat(summaries)
        .extracting(StoredClock::metricId)
        .containsExactly("first-response", "resolution");
    StoredClock none = summaries.get(0);
    assertThat(none.state()).isEqualTo(ClockState.NOT_STARTED);
    assertThat(none.cycleIndex()).isEqualTo(-1);
    assertThat(none.deadline()).isNull();
    assertThat(none.goal()).isNull();
    StoredClock late = summaries.get(1);
    assertThat(late.cycleIndex()).isEqualTo(1);
    assertThat(late.breached()).isTrue();
    assertThat(late.everBreached()).isTrue();
    assertThat(late.atRisk()).isTrue();
    assertThat(late.atRiskAt()).isEqualTo(T0.plus(Duration.ofHours(3)));
    assertThat(late.elapsed()).isEqualTo(Duration.ofHours(5));
    assertThat(late.goal()).isEqualTo(Duration.ofHours(4));
    assertThat(late.issueKey()).isEqualTo("HELP-5");
    assertThat(late.version()).isEqualTo(1);
  }

  @DatabaseTest
  void replacesAnIssuesClocksAsAWholeAndCountsVersions() {
    clocks.store(issue(1, running("a", T0), running("b", T0)), 0);
    assertThat(clocks.store(issue(1, 2, running("c", T0)), 1)).isTrue();

    StoredIssueClocks stored = clocks.load(1).orElseThrow();
    assertThat(stored.version()).isEqualTo(2);
    assertThat(stored.configVersion()).isEqualTo(2);
    assertThat(stored.clocks()).extracting(c -> c.metricId()).containsExactly("c");
    assertThat(clocks.version(1)).isEqualTo(2);
  }

  @DatabaseTest
  void refusesAStoreBasedOnAnOlderVersion() {
    clocks.store(issue(1, running("a", T0)), 0);
    clocks.store(issue(1, running("b", T0)), 1);

    assertThat(clocks.store(issue(1, running("stale", T0)), 1)).isFalse();
    assertThat(clocks.store(issue(1, running("stale", T0)), 0)).isFalse();
    assertThat(clocks.summaries(1)).extracting(StoredClock::metricId).containsExactly("b");
  }

  @DatabaseTest
  void storesTheOthersWhenSomeIssuesOfABatchConflict() {
    clocks.store(issue(2, running("a", T0)), 0);

    Set<Long> conflicts =
        clocks.storeAll(
            List.of(
                new ClockUpdate(issue(1, running("a", T0)), 0),
                new ClockUpdate(issue(2, running("b", T0)), 0), // stored already: version 1
                new ClockUpdate(issue(3, running("c", T0)), 0)));

    assertThat(conflicts).containsExactly(2L);
    assertThat(clocks.versions(List.of(1L, 2L, 3L)))
        .containsEntry(1L, 1L)
        .containsEntry(2L, 1L)
        .containsEntry(3L, 1L);
    assertThat(clocks.summaries(2)).extracting(StoredClock::metricId).containsExactly("a");
  }

  @DatabaseTest
  void keepsAnIssueWithoutClocksAtItsVersion() {
    clocks.store(issue(1), 0);

    assertThat(clocks.load(1)).get().extracting(StoredIssueClocks::version).isEqualTo(1L);
    assertThat(clocks.store(issue(1, running("a", T0)), 1)).isTrue();
  }

  @DatabaseTest
  void deletesTheClocksOfDeletedIssues() {
    clocks.store(issue(1, running("a", T0)), 0);
    clocks.store(issue(2, running("a", T0)), 0);

    clocks.delete(List.of(1L));

    assertThat(clocks.load(1)).isEmpty();
    assertThat(clocks.version(1)).isZero();
    assertThat(clocks.load(2)).isPresent();
  }

  @DatabaseTest
  void readsAndWritesMoreIssuesThanOneInListHolds() {
    List<ClockUpdate> updates = new ArrayList<>();
    for (long id = 1; id <= 2500; id++) {
      updates.add(new ClockUpdate(issue(id, running("a", T0.plusSeconds(id))), 0));
    }
    assertThat(clocks.storeAll(updates)).isEmpty();

    List<Long> ids = LongStream.rangeClosed(0, 2600).boxed().toList();
    Map<Long, StoredIssueClocks> loaded = clocks.loadAll(ids);
    assertThat(loaded).hasSize(2500);
    assertThat(loaded.get(2500L).clocks().get(0).cycles().get(0).deadline())
        .isEqualTo(T0.plusSeconds(2500));
    assertThat(clocks.versions(ids)).hasSize(2500);

    clocks.delete(ids);
    assertThat(clocks.loadAll(ids)).isEmpty();
  }

  @DatabaseTest
  void findsRunningClocksDueBeforeAnInstantEarliestFirst() {
    clocks.store(issue(1, running("a", T0.plusSeconds(300))), 0);
    clocks.store(issue(2, running("a", T0.plusSeconds(100)), running("b", T0.plusSeconds(200))), 0);
    clocks.store(issue(3, running("a", T0.plusSeconds(400))), 0);
    clocks.store(issue(4, notStarted("a")), 0);

    List<StoredClock> due = clocks.findDue(T0.plusSeconds(400), 10);

    assertThat(due)
        .extracting(StoredClock::issueId, StoredClock::metricId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, "a"),
            org.assertj.core.groups.Tuple.tuple(2L, "b"),
            org.assertj.core.groups.Tuple.tuple(1L, "a"));
    assertThat(clocks.findDue(T0.plusSeconds(400), 2)).hasSize(2);
  }

  @DatabaseTest
  void listsEachFlaggedIssueOnceInAscendingOrder() {
    clocks.store(issue(30, breached("a"), breached("b")), 0);
    clocks.store(issue(10, breached("b")), 0);
    clocks.store(issue(20, running("a", T0)), 0);

    assertThat(ids(Flag.BREACHED, null)).containsExactly(10L, 30L);
    assertThat(ids(Flag.BREACHED, "a")).containsExactly(30L);
    assertThat(ids(Flag.EVER_BREACHED, null)).containsExactly(10L, 30L);
    assertThat(ids(Flag.AT_RISK, "b")).containsExactly(10L, 30L);
  }

  private List<Long> ids(Flag flag, String metricId) {
    List<Long> ids = new ArrayList<>();
    clocks.forEachIssueId(flag, metricId, ids::add);
    return ids;
  }

  @DatabaseTest
  void updateRetriesWhenAnotherWriterStoredFirst(AoTestDatabase db) {
    ClockRepository otherNode = new AoClockRepository(db.newNode());
    clocks.store(issue(1, running("a", T0)), 0);
    int[] computations = {0};

    IssueClocks stored =
        clocks.update(
            1,
            () -> {
              if (computations[0]++ == 0) {
                // Another node stores between our version read and our store.
                otherNode.store(issue(1, running("other", T0)), 1);
              }
              return issue(1, running("ours", T0));
            },
            3);

    assertThat(computations[0]).isEqualTo(2);
    assertThat(stored.clocks()).extracting(SlaClock::metricId).containsExactly("ours");
    assertThat(clocks.version(1)).isEqualTo(3);
  }

  @DatabaseTest
  void updateGivesUpAfterTheAttemptsItWasGiven() {
    assertThatThrownBy(
            () ->
                clocks.update(
                    1,
                    () -> {
                      clocks.store(issue(1, running("other", T0)), clocks.version(1));
                      return issue(1, running("ours", T0));
                    },
                    2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("2 attempts");
  }

  /**
   * Two nodes each add one to a counter kept in the stored clocks (the config version), many times
   * over, through read-version, compute, store-if-unchanged: no increment may be lost.
   */
  @DatabaseTest
  void losesNoUpdateWhenTwoNodesUpdateTheSameIssue(AoTestDatabase db) throws Exception {
    ClockRepository nodeA = new AoClockRepository(db.activeObjects());
    ClockRepository nodeB = new AoClockRepository(db.newNode());
    nodeA.store(issue(1, 0, running("a", T0)), 0);
    int perNode = 25;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CyclicBarrier start = new CyclicBarrier(2);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (ClockRepository node : List.of(nodeA, nodeB)) {
        Callable<Integer> increments =
            () -> {
              start.await();
              int retries = 0;
              for (int i = 0; i < perNode; i++) {
                while (true) {
                  long version = node.version(1);
                  long counter = node.load(1).orElseThrow().configVersion();
                  Thread.sleep(2); // computing: the other node may store meanwhile
                  if (node.store(issue(1, counter + 1, running("a", T0)), version)) {
                    break;
                  }
                  retries++;
                }
              }
              return retries;
            };
        results.add(pool.submit(increments));
      }
      int retries = 0;
      for (Future<Integer> result : results) {
        retries += result.get();
      }
      StoredIssueClocks stored = clocks.load(1).orElseThrow();
      assertThat(stored.configVersion()).isEqualTo(2L * perNode);
      assertThat(stored.version()).isEqualTo(1 + 2L * perNode);
      assertThat(retries).as("stores refused and retried").isPositive();
    } finally {
      pool.shutdownNow();
    }
  }

  @DatabaseTest
  void refusesTheSameIssueTwiceInOneBatch() {
    assertThatThrownBy(
            () ->
                clocks.storeAll(
                    List.of(
                        new ClockUpdate(issue(1, running("a", T0)), 0),
                        new ClockUpdate(issue(1, running("b", T0)), 0))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
