package org.slaclocks.jira.tracking;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slaclocks.tracking.ChangeQueue;

/** Reads the change worker's {@link WorkerHealth} from the queue and the nodes' reports. */
public final class WorkerMonitor {
  /** The most parked issues one read-out lists. */
  public static final int MAX_PAGE = 200;

  private final ChangeQueue queue;
  private final WorkerNodes nodes;

  public WorkerMonitor(ChangeQueue queue, WorkerNodes nodes) {
    this.queue = queue;
    this.nodes = nodes;
  }

  /**
   * The health now, with parked issues {@code parkedOffset} to {@code parkedOffset + parkedLimit}
   * (oldest first; at most {@link #MAX_PAGE}).
   */
  public WorkerHealth health(int parkedOffset, int parkedLimit) {
    if (parkedOffset < 0 || parkedLimit < 1) {
      throw new IllegalArgumentException(
          "parkedOffset must be >= 0 and parkedLimit >= 1, were "
              + parkedOffset
              + " and "
              + parkedLimit);
    }
    List<WorkerNodes.NodeStatus> all = nodes.all();
    Optional<WorkerHealth.LastFailure> last =
        all.stream()
            .filter(n -> n.lastFailureAt() != null)
            .max(Comparator.comparing(WorkerNodes.NodeStatus::lastFailureAt))
            .map(
                n ->
                    new WorkerHealth.LastFailure(
                        n.node(), n.lastFailureAt(), n.lastFailure(), n.failing()));
    return new WorkerHealth(
        queue.backlog(),
        queue.oldestWaiting(),
        queue.parkedCount(),
        queue.parked(parkedOffset, Math.min(parkedLimit, MAX_PAGE)),
        all,
        last);
  }
}
