package org.slaclocks.jira.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.slaclocks.tracking.ChangeQueue;
import org.slaclocks.tracking.RecalculationScope;
import org.slaclocks.tracking.Recalculations;
import org.slaclocks.tracking.Recalculations.Run;
import org.slaclocks.tracking.Recalculations.Status;

class AoRecalculationsTest {
  private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(5);

  private ActiveObjects ao;
  private AoRecalculations runs;
  private ChangeQueue queue;

  @BeforeEach
  void setUp(ActiveObjects ao) {
    this.ao = ao;
    runs = new AoRecalculations(ao);
    queue = new AoChangeQueue(ao);
  }

  private static List<Long> ids(long from, long to) {
    return LongStream.rangeClosed(from, to).boxed().toList();
  }

  /** What one node's worker does: claims a batch and stores it; the issues it processed. */
  private List<Long> work(int max) {
    List<ChangeQueue.Claim> claims = queue.claim("node-1", max, NOW, LEASE);
    queue.complete(claims);
    return claims.stream().map(ChangeQueue.Claim::issueId).toList();
  }

  @DatabaseTest
  void feedsTheQueueABatchAtATimeAndCountsWhatTheWorkerProcessed() {
    Run run = runs.create(RecalculationScope.all(), "admin", NOW, 7, ids(1, 25));
    assertThat(run.total()).isEqualTo(25);
    assertThat(run.status()).isEqualTo(Status.RUNNING);

    runs.feed(10, NOW);
    assertThat(queue.backlog()).isEqualTo(10);
    assertThat(runs.find(run.id()).orElseThrow().done()).isZero();

    assertThat(work(4)).containsExactly(1L, 2L, 3L, 4L);
    assertThat(runs.find(run.id()).orElseThrow().done()).isEqualTo(4);
    runs.feed(10, NOW);
    assertThat(queue.backlog())
        .as("the next batch waits for the worker while it finishes the one before")
        .isEqualTo(16);
    runs.feed(10, NOW);
    assertThat(queue.backlog()).as("never more than two batches queued").isEqualTo(16);

    work(3);
    runs.feed(10, NOW);
    assertThat(queue.backlog()).as("13 left: still more than a batch").isEqualTo(13);
    assertThat(runs.find(run.id()).orElseThrow().done()).isEqualTo(7);

    assertThat(work(100)).hasSize(13);
    assertThat(runs.feed(10, NOW).orElseThrow().done()).isEqualTo(20);
    assertThat(work(100)).containsExactly(21L, 22L, 23L, 24L, 25L);
    Run last = runs.feed(10, NOW.plusSeconds(60)).orElseThrow();

    assertThat(last.status()).isEqualTo(Status.DONE);
    assertThat(last.done()).isEqualTo(25);
    assertThat(last.finishedAt()).isEqualTo(NOW.plusSeconds(60));
    assertThat(last.targetRevision()).isEqualTo(7);
    assertThat(runs.running()).isEmpty();
  }

  @DatabaseTest
  void anIssueStillQueuedHoldsTheRunBackButNotTheCountOfTheOthers() {
    Run run = runs.create(RecalculationScope.all(), "admin", NOW, 7, ids(1, 30));
    runs.feed(10, NOW);
    List<ChangeQueue.Claim> first = queue.claim("node-1", 1, NOW, LEASE); // issue 1, held
    work(100); // issues 2 to 10
    runs.feed(10, NOW); // issues 11 to 20
    work(100);

    Run held = runs.feed(10, NOW).orElseThrow();
    assertThat(held.done()).isEqualTo(19);
    assertThat(queue.backlog())
        .as("with issue 1 still queued, 20 issues are in flight: nothing more")
        .isEqualTo(1);

    queue.complete(first);
    runs.feed(10, NOW);
    assertThat(work(100)).containsExactlyElementsOf(ids(21, 30));
    assertThat(runs.feed(10, NOW).orElseThrow().status()).isEqualTo(Status.DONE);
  }

  @DatabaseTest
  void anIssueChangedWhileBeingProcessedCountsOnlyOnceItsNewChangeIsProcessed() {
    queue.enqueue(3, NOW); // a real change, recorded before the run
    Run run = runs.create(RecalculationScope.open(), "admin", NOW, 7, ids(1, 5));
    runs.feed(10, NOW);
    List<ChangeQueue.Claim> claims = queue.claim("node-1", 100, NOW, LEASE);
    queue.enqueue(3, NOW.plusSeconds(1)); // changes again while the worker computes it
    queue.complete(claims);

    assertThat(runs.find(run.id()).orElseThrow().done()).isEqualTo(4);
    Run cancelled = runs.cancel(run.id(), "boss", NOW).orElseThrow();
    assertThat(cancelled.status()).isEqualTo(Status.CANCELLED);
    assertThat(queue.claim("node-1", 10, NOW, LEASE))
        .as("the real change is kept, cancelled or not")
        .extracting(ChangeQueue.Claim::issueId)
        .containsExactly(3L);
  }

  @DatabaseTest
  void aCancelledRunQueuesNothingMoreAndDropsNoRealChange() {
    Run run = runs.create(RecalculationScope.all(), "admin", NOW, 7, ids(1, 30));
    runs.feed(10, NOW);
    queue.enqueue(500, NOW); // a real change of an issue outside the run

    Run cancelled = runs.cancel(run.id(), "boss", NOW.plusSeconds(5)).orElseThrow();
    work(100);
    runs.feed(10, NOW);

    assertThat(cancelled.status()).isEqualTo(Status.CANCELLED);
    assertThat(cancelled.cancelledBy()).isEqualTo("boss");
    assertThat(queue.backlog()).as("no batch after the cancel").isZero();
    Run after = runs.find(run.id()).orElseThrow();
    assertThat(after.status()).isEqualTo(Status.CANCELLED);
    assertThat(after.done()).isZero(); // the batch in flight counts once the next feed would
    assertThat(runs.cancel(run.id(), "other", NOW).orElseThrow().cancelledBy()).isEqualTo("boss");
  }

  @DatabaseTest
  void refusesASecondRunWhileOneIsRunning() {
    Run first = runs.create(RecalculationScope.all(), "admin", NOW, 7, ids(1, 3));

    assertThatThrownBy(() -> runs.create(RecalculationScope.open(), "admin", NOW, 7, ids(1, 3)))
        .isInstanceOf(Recalculations.AlreadyRunning.class)
        .hasMessageContaining("recalculation " + first.id());
  }

  @DatabaseTest
  void anotherNodeResumesFromTheStoredCursorAfterARestart() {
    Run run = runs.create(RecalculationScope.all(), "admin", NOW, 7, ids(1, 25));
    runs.feed(10, NOW);
    List<Long> processed = new ArrayList<>(work(4));
    // The node stops here, issues 5 to 10 still queued; another node (a new store over the same
    // database) carries on from the stored cursor.
    AoRecalculations other = new AoRecalculations(ao);
    other.feed(10, NOW);
    processed.addAll(work(100));
    other.feed(10, NOW);
    processed.addAll(work(100));
    Run done = other.feed(10, NOW).orElseThrow();

    assertThat(processed).as("every issue once, in order").containsExactlyElementsOf(ids(1, 25));
    assertThat(done.status()).isEqualTo(Status.DONE);
    assertThat(done.done()).isEqualTo(25);
    assertThat(runs.list(10)).extracting(Run::id).containsExactly(run.id());
  }

  @DatabaseTest
  void listsRunsNewestFirstWithTheirScopes() {
    Run first = runs.create(RecalculationScope.updatedSince(NOW), "a", NOW, 1, ids(1, 2));
    runs.cancel(first.id(), "a", NOW);
    Run second = runs.create(RecalculationScope.ofJql("project = HELP"), "b", NOW, 2, ids(1, 1));

    assertThat(runs.list(10)).extracting(Run::id).containsExactly(second.id(), first.id());
    assertThat(runs.list(10).get(0).scope()).isEqualTo(RecalculationScope.ofJql("project = HELP"));
    assertThat(runs.list(10).get(1).scope()).isEqualTo(RecalculationScope.updatedSince(NOW));
  }
}
