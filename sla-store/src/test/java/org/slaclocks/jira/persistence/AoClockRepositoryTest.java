package org.slaclocks.jira.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.slaclocks.jira.persistence.Clocks.CALENDARS;
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
import net.java.ao.Query;
import org.junit.jupiter.api.BeforeEach;
import org.slaclocks.clock.ClockFacts;
import org.slaclocks.clock.ClockState;
import org.slaclocks.tracking.ClockRepository;
import org.slaclocks.tracking.ClockRepository.Stored;
import org.slaclocks.tracking.ClockUpdate;
import org.slaclocks.tracking.IssueClocks;
import org.slaclocks.tracking.StoredClock;

class AoClockRepositoryTest {
  private ActiveObjects ao;
  private ClockRepository clocks;

  @BeforeEach
  void setUp(ActiveObjects ao) {
    this.ao = ao;
    clocks = new AoClockRepository(ao, CALENDARS);
  }

  @DatabaseTest
  void readsBackTheFactsItStored() {
    IssueClocks issue =
        issue(10001, 7, running("first-response", T0.plusSeconds(7200)), breached("resolution"));

    assertThat(clocks.store(issue, 0)).isTrue();

    Stored stored = clocks.load(10001).orElseThrow();
    assertThat(stored.version()).isEqualTo(1);
    assertThat(stored.clocks()).isEqualTo(issue);
  }

  @DatabaseTest
  void keepsInstantsToTheMillisecond() {
    Instant breachAt = Instant.parse("2026-01-05T11:00:00.987Z");
    clocks.store(issue(1, running("first-response", breachAt)), 0);

    assertThat(clocks.summaries(1)).extracting(StoredClock::breachAt).containsExactly(breachAt);
  }

  @DatabaseTest
  void summarisesEachClockInStoredInstants() {
    clocks.store(issue(5, breached("resolution"), notStarted("first-response")), 0);

    List<StoredClock> summaries = clocks.summaries(5);

    assertThat(summaries)
        .containsExactly(
            StoredClock.of(5, notStarted("first-response"), CALENDARS),
            StoredClock.of(5, breached("resolution"), CALENDARS));
    StoredClock late = summaries.get(1);
    assertThat(late.state()).isEqualTo(ClockState.RUNNING);
    assertThat(late.cycleIndex()).isEqualTo(2);
    assertThat(late.calendar()).isEqualTo("24/7");
    assertThat(late.goal()).isEqualTo(Duration.ofHours(4));
    assertThat(late.zeroAt())
        .as("24/7: elapsed is counted from here")
        .isEqualTo(late.elapsedAt().minus(late.elapsed()));
    assertThat(late.firstBreachAt()).isEqualTo(late.breachAt());
    assertThat(late.completedCycles()).isEqualTo(1);
    assertThat(summaries.get(0).state()).isEqualTo(ClockState.NOT_STARTED);
  }

  @DatabaseTest
  void replacesAnIssuesClocksAsAWholeAndCountsVersions() {
    clocks.store(issue(1, running("a", T0), running("b", T0)), 0);
    assertThat(clocks.store(issue(1, 2, running("c", T0)), 1)).isTrue();

    IssueClocks stored = clocks.load(1).orElseThrow().clocks();
    assertThat(clocks.version(1)).isEqualTo(2);
    assertThat(stored.configVersion()).isEqualTo(2);
    assertThat(stored.clocks()).extracting(ClockFacts::metricId).containsExactly("c");
  }

  @DatabaseTest
  void writesNothingWhenTheClocksAreTheSame() {
    clocks.store(issue(1, running("a", T0), breached("b")), 0);
    Map<String, Long> rowIds = rowIds(1);

    IssueClocks again =
        new IssueClocks(
            1,
            "HELP-1",
            "HELP",
            9,
            T0.plus(Duration.ofDays(3)),
            List.of(running("a", T0), breached("b")));
    assertThat(clocks.store(again, 1)).isTrue();

    Stored stored = clocks.load(1).orElseThrow();
    assertThat(stored.version()).isEqualTo(1);
    assertThat(stored.clocks().computedAt())
        .as("the computation that last changed the clocks")
        .isEqualTo(T0.plusSeconds(3600));
    assertThat(stored.clocks().configVersion()).isEqualTo(1);
    assertThat(rowIds(1)).isEqualTo(rowIds);
  }

  @DatabaseTest
  void acceptsTheSameClocksComputedFromAnOlderVersion() {
    clocks.store(issue(1, running("a", T0)), 0);
    clocks.store(issue(1, running("a", T0.plusSeconds(60))), 1);

    // Computed from version 1's history, but the stored clocks already say the same.
    assertThat(clocks.store(issue(1, running("a", T0.plusSeconds(60))), 1)).isTrue();
    assertThat(clocks.version(1)).isEqualTo(2);
  }

  @DatabaseTest
  void rewritesOnlyTheClocksThatChanged() {
    clocks.store(issue(1, running("a", T0), running("b", T0), running("c", T0)), 0);
    Map<String, Long> before = rowIds(1);

    clocks.store(issue(1, running("a", T0), running("b", T0.plusSeconds(1)), running("d", T0)), 1);

    Map<String, Long> after = rowIds(1);
    assertThat(after).containsOnlyKeys("a", "b", "d");
    assertThat(after.get("a")).isEqualTo(before.get("a"));
    assertThat(after.get("b")).isNotEqualTo(before.get("b"));
    assertThat(clocks.load(1).orElseThrow().clocks())
        .isEqualTo(issue(1, running("a", T0), running("b", T0.plusSeconds(1)), running("d", T0)));
    assertThat(clocks.version(1)).isEqualTo(2);
  }

  @DatabaseTest
  void storesAMovedIssuesNewKeyEvenWhenItsClocksAreTheSame() {
    clocks.store(issue(1, running("a", T0)), 0);

    IssueClocks moved = new IssueClocks(1, "OPS-7", "OPS", 1, T0, List.of(running("a", T0)));
    assertThat(clocks.store(moved, 1)).isTrue();

    assertThat(clocks.load(1).orElseThrow().clocks().issueKey()).isEqualTo("OPS-7");
    assertThat(clocks.version(1)).isEqualTo(2);
  }

  /** Metric id to the ID of its row. */
  private Map<String, Long> rowIds(long issueId) {
    Map<String, Long> ids = new java.util.TreeMap<>();
    ao.stream(
        AoClock.class,
        Query.select("ID,METRIC_ID").where("ISSUE_ID = ?", issueId),
        row -> ids.put(row.getMetricId(), row.getID()));
    return ids;
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

    assertThat(clocks.load(1)).get().extracting(Stored::version).isEqualTo(1L);
    assertThat(clocks.store(issue(1, running("a", T0)), 1)).isTrue();
    assertThat(clocks.store(issue(1), 2)).isTrue();
    assertThat(clocks.load(1).orElseThrow().clocks().clocks()).isEmpty();
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
    Map<Long, Stored> loaded = clocks.loadAll(ids);
    assertThat(loaded).hasSize(2500);
    assertThat(loaded.get(2500L).clocks().clocks().get(0).current().breachAt())
        .isEqualTo(T0.plusSeconds(2500));
    assertThat(clocks.versions(ids)).hasSize(2500);

    clocks.delete(ids);
    assertThat(clocks.loadAll(ids)).isEmpty();
  }

  @DatabaseTest
  void aCorruptDocumentMakesOnlyItsIssueUnreadableUntilItIsStoredAgain() {
    clocks.store(issue(1, running("a", T0)), 0);
    clocks.store(issue(2, running("a", T0), breached("b")), 0);
    clocks.store(issue(3, running("a", T0)), 0);
    AoClock row =
        ao.find(AoClock.class, Query.select().where("ISSUE_ID = ? AND METRIC_ID = ?", 2L, "b"))[0];
    row.setCycles("{\"v\":2,\"name\":\"Time to b\",\"cycles\":[{\"ind"); // cut short
    row.save();

    assertThatThrownBy(() -> clocks.loadAll(List.of(1L, 2L, 3L)))
        .isInstanceOfSatisfying(
            UnreadableClocksException.class,
            e -> {
              assertThat(e.reasons()).containsOnlyKeys(2L);
              assertThat(e.readable()).containsOnlyKeys(1L, 3L);
              assertThat(e.getMessage()).contains("issue 2 (clock b: ", "recompute");
            });

    // The worker recomputes the issue: the same clocks as before are written again this time.
    assertThat(clocks.store(issue(2, running("a", T0), breached("b")), 1)).isTrue();
    assertThat(clocks.load(2).orElseThrow().clocks())
        .isEqualTo(issue(2, running("a", T0), breached("b")));
  }

  @DatabaseTest
  void aRowChangedOutsideTheAppIsReportedNotBelieved() {
    clocks.store(issue(1, running("a", T0)), 0);
    AoClock row = ao.find(AoClock.class, Query.select().where("ISSUE_ID = ?", 1L))[0];
    row.setCycles(row.getCycles().replace("\"Time to a\"", "\"Time to b\""));
    row.save();

    assertThatThrownBy(() -> clocks.load(1))
        .isInstanceOf(UnreadableClocksException.class)
        .hasMessageContaining("changed outside the app");
  }

  @DatabaseTest
  void updateRetriesWhenAnotherWriterStoredFirst(AoTestDatabase db) {
    ClockRepository otherNode = new AoClockRepository(db.newNode(), CALENDARS);
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
    assertThat(stored.clocks()).extracting(ClockFacts::metricId).containsExactly("ours");
    assertThat(clocks.version(1)).isEqualTo(3);
  }

  @DatabaseTest
  void updateGivesUpAfterTheAttemptsItWasGiven() {
    long[] counter = {0};
    assertThatThrownBy(
            () ->
                clocks.update(
                    1,
                    () -> {
                      counter[0]++;
                      clocks.store(
                          issue(1, running("other", T0.plusSeconds(counter[0]))),
                          clocks.version(1));
                      return issue(1, running("ours", T0));
                    },
                    2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("2 attempts");
  }

  /**
   * Two nodes each add one to a counter kept in the stored clocks (a breach instant, in seconds),
   * many times over, through read-version, compute, store-if-unchanged: no increment may be lost.
   * Each node also names itself in the clocks, so that its result differs from the other node's
   * (equal results are not written, and then nothing can be lost).
   */
  @DatabaseTest
  void losesNoUpdateWhenTwoNodesUpdateTheSameIssue(AoTestDatabase db) throws Exception {
    ClockRepository nodeA = new AoClockRepository(db.activeObjects(), CALENDARS);
    ClockRepository nodeB = new AoClockRepository(db.newNode(), CALENDARS);
    nodeA.store(issue(1, running("a", T0)), 0);
    int perNode = 25;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CyclicBarrier start = new CyclicBarrier(2);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (ClockRepository node : List.of(nodeA, nodeB)) {
        String name = node == nodeA ? "node-a" : "node-b";
        Callable<Integer> increments =
            () -> {
              start.await();
              int retries = 0;
              for (int i = 0; i < perNode; i++) {
                while (true) {
                  long version = node.version(1);
                  long counter = counter(node.load(1).orElseThrow());
                  Thread.sleep(2); // computing: the other node may store meanwhile
                  IssueClocks next =
                      issue(1, running("a", T0.plusSeconds(counter + 1)), notStarted(name));
                  if (node.store(next, version)) {
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
      Stored stored = clocks.load(1).orElseThrow();
      assertThat(counter(stored)).isEqualTo(2L * perNode);
      assertThat(stored.version()).isEqualTo(1 + 2L * perNode);
      assertThat(retries).as("stores refused and retried").isPositive();
    } finally {
      pool.shutdownNow();
    }
  }

  private static long counter(Stored stored) {
    return Duration.between(T0, stored.clocks().clocks().get(0).current().breachAt()).toSeconds();
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
