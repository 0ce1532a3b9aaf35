package org.slaclocks.jira.tracking;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slaclocks.tracking.ChangeQueue;

/**
 * The change worker's health, as an administrator needs it: how much waits and since when, which
 * issues are parked and why (a page of them), when each node's worker last ran, and the last
 * failure that paused a worker (when, what, on which node, and whether it is still going on).
 */
public record WorkerHealth(
    int backlog,
    Optional<Instant> oldestWaiting,
    int parkedCount,
    List<ChangeQueue.Parked> parked,
    List<WorkerNodes.NodeStatus> nodes,
    Optional<LastFailure> lastSystemFailure) {

  /** The newest system failure any node reported. */
  public record LastFailure(String node, Instant at, String what, boolean ongoing) {
    public LastFailure {
      Objects.requireNonNull(node, "node");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(what, "what");
    }
  }

  public WorkerHealth {
    if (backlog < 0 || parkedCount < 0) {
      throw new IllegalArgumentException(
          "backlog and parkedCount must be >= 0, were " + backlog + " and " + parkedCount);
    }
    Objects.requireNonNull(oldestWaiting, "oldestWaiting");
    Objects.requireNonNull(lastSystemFailure, "lastSystemFailure");
    parked = List.copyOf(parked);
    nodes = List.copyOf(nodes);
  }
}
