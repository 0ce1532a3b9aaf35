package org.slaclocks.jira.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.slaclocks.jira.persistence.AoChangeQueue;
import org.slaclocks.jira.persistence.AoWorkerNodes;
import org.slaclocks.jira.persistence.DatabaseTest;
import org.slaclocks.tracking.ChangeQueue;
import org.slaclocks.tracking.ChangeQueue.Claim;

/** The administrators' health read-out, from the real queue and node tables on each database. */
class WorkerMonitorTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(5);

  private ChangeQueue queue;
  private AoWorkerNodes nodes;
  private WorkerMonitor monitor;

  @BeforeEach
  void setUp(ActiveObjects ao) {
    queue = new AoChangeQueue(ao);
    nodes = new AoWorkerNodes(ao);
    monitor = new WorkerMonitor(queue, nodes);
  }

  private void park(long issueId, String error, Instant at) {
    queue.enqueue(issueId, at);
    List<Claim> claims = queue.claim("node-a", 100, at, LEASE);
    Claim claim = claims.stream().filter(c -> c.issueId() == issueId).findFirst().orElseThrow();
    queue.release(claims.stream().filter(c -> c != claim).toList());
    assertThat(queue.fail(claim, error, at, Duration.ZERO, 1)).isTrue();
  }

  @DatabaseTest
  void anIdleClusterReportsNothingWaiting() {
    WorkerHealth health = monitor.health(0, 10);

    assertThat(health.backlog()).isZero();
    assertThat(health.oldestWaiting()).isEmpty();
    assertThat(health.parkedCount()).isZero();
    assertThat(health.parked()).isEmpty();
    assertThat(health.nodes()).isEmpty();
    assertThat(health.lastSystemFailure()).isEmpty();
  }

  @DatabaseTest
  void reportsBacklogOldestChangeParkedIssuesNodesAndTheLastSystemFailure() {
    park(101, "NoSuchMethodError: Issue.getLabels()", T0.plusSeconds(10));
    park(102, "history unreadable", T0.plusSeconds(20));
    park(103, "history unreadable", T0.plusSeconds(30));
    queue.enqueue(7, T0.plusSeconds(40));
    queue.enqueue(7, T0.plusSeconds(50));
    queue.enqueue(8, T0.plusSeconds(60));
    nodes.save(
        new WorkerNodes.NodeStatus("node-a", T0.plusSeconds(70), null, null, false),
        T0.plusSeconds(70));
    nodes.save(
        new WorkerNodes.NodeStatus(
            "node-b", T0.plusSeconds(5), T0.plusSeconds(65), "database down", true),
        T0.plusSeconds(65));
    nodes.save(
        new WorkerNodes.NodeStatus(
            "node-c", T0.plusSeconds(80), T0.plusSeconds(15), "search index unavailable", false),
        T0.plusSeconds(80));

    WorkerHealth health = monitor.health(1, 1);

    assertThat(health.backlog())
        .as("the parked issues' changes are gone with parking")
        .isEqualTo(3);
    assertThat(health.oldestWaiting()).contains(T0.plusSeconds(40));
    assertThat(health.parkedCount()).isEqualTo(3);
    assertThat(health.parked())
        .as("the second page of one, oldest first")
        .extracting(ChangeQueue.Parked::issueId, ChangeQueue.Parked::lastError)
        .containsExactly(tuple(102L, "history unreadable"));
    assertThat(health.nodes())
        .extracting(WorkerNodes.NodeStatus::node, WorkerNodes.NodeStatus::lastRunAt)
        .containsExactly(
            tuple("node-a", T0.plusSeconds(70)),
            tuple("node-b", T0.plusSeconds(5)),
            tuple("node-c", T0.plusSeconds(80)));
    assertThat(health.lastSystemFailure())
        .contains(
            new WorkerHealth.LastFailure("node-b", T0.plusSeconds(65), "database down", true));
  }

  @DatabaseTest
  void aNodesNewReportReplacesItsOldOneAndSilentNodesAreForgotten() {
    nodes.save(new WorkerNodes.NodeStatus("node-a", null, T0, "database down", true), T0);
    nodes.save(new WorkerNodes.NodeStatus("node-old", T0, null, null, false), T0);

    Instant later = T0.plus(Duration.ofDays(8));
    nodes.forgetSilentSince(later.minus(Duration.ofDays(7)));
    nodes.save(new WorkerNodes.NodeStatus("node-a", later, T0, "database down", false), later);

    assertThat(nodes.all())
        .containsExactly(new WorkerNodes.NodeStatus("node-a", later, T0, "database down", false));
  }

  @DatabaseTest
  void listsAtMostOnePageOfParkedIssues() {
    for (long id = 1; id <= WorkerMonitor.MAX_PAGE + 5; id++) {
      queue.enqueue(id, T0);
    }
    List<Claim> claims = queue.claim("node-a", WorkerMonitor.MAX_PAGE + 5, T0, LEASE);
    for (Claim claim : claims) {
      queue.fail(claim, "boom", T0, Duration.ZERO, 1);
    }

    WorkerHealth health = monitor.health(0, 10_000);

    assertThat(health.parkedCount()).isEqualTo(WorkerMonitor.MAX_PAGE + 5);
    assertThat(health.parked()).hasSize(WorkerMonitor.MAX_PAGE);
  }
}
