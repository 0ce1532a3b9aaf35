package org.slaclocks.jira.app;

import java.util.Objects;
import java.util.function.IntSupplier;
import org.slaclocks.tracking.ChangeQueue;

/**
 * How many issue changes the worker has still to compute, as the administration's Worker tab counts
 * them: the report page says so, because the cycle rows it counts do not show those changes yet
 * (after the upgrade that writes the rows, every issue waits once).
 */
public final class WorkerBacklog implements IntSupplier {
  private final ChangeQueue queue;

  public WorkerBacklog(ChangeQueue queue) {
    this.queue = Objects.requireNonNull(queue, "queue");
  }

  @Override
  public int getAsInt() {
    return queue.backlog();
  }
}
