package org.slaclocks.jira.tracking;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What each node's change worker last reported, for the administrators' health read-out. Every
 * instant is the reporting node's own clock (node clocks can differ by seconds; the read-out shows
 * them as reported, which is close enough for "is this node's worker alive").
 */
public interface WorkerNodes {

  /**
   * One node's worker: when it last completed a poll ({@code lastRunAt}, null before the first),
   * its last system failure (null when none was seen since the node started) and whether that
   * failure is still going on ({@code failing}: the worker is paused).
   */
  record NodeStatus(
      String node, Instant lastRunAt, Instant lastFailureAt, String lastFailure, boolean failing) {
    public NodeStatus {
      Objects.requireNonNull(node, "node");
      if (node.isBlank()) {
        throw new IllegalArgumentException("node must not be blank");
      }
      if ((lastFailureAt == null) != (lastFailure == null)) {
        throw new IllegalArgumentException(
            "lastFailureAt and lastFailure must be given together, were "
                + lastFailureAt
                + " and "
                + lastFailure);
      }
      if (failing && lastFailureAt == null) {
        throw new IllegalArgumentException("a failing node must say what failed");
      }
    }
  }

  /** Records this node's status, replacing what it reported before. */
  void save(NodeStatus status, Instant at);

  /** Every node's last status, by node name. */
  List<NodeStatus> all();

  /** Forgets nodes that reported nothing since {@code before} (nodes that were removed). */
  void forgetSilentSince(Instant before);
}
