package org.slaclocks.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import org.slaclocks.jira.tracking.WorkerNodes;

/** The change workers' reports in {@link AoWorkerNode}, one row per node. */
public final class AoWorkerNodes implements WorkerNodes {
  static final int FAILURE_LIMIT = 450;

  private final ActiveObjects ao;

  public AoWorkerNodes(ActiveObjects ao) {
    this.ao = ao;
  }

  @Override
  public void save(NodeStatus status, Instant at) {
    try {
      write(status, at);
    } catch (RuntimeException e) {
      // The node's first report raced with another writer under the same name: update it.
      if (!Sql.isContention(e)) {
        throw e;
      }
      write(status, at);
    }
  }

  private void write(NodeStatus status, Instant at) {
    long runAt = millis(status.lastRunAt());
    long failureAt = millis(status.lastFailureAt());
    String failure = Sql.truncate(status.lastFailure(), FAILURE_LIMIT);
    ao.executeInTransaction(
        () -> {
          AoWorkerNode[] rows =
              ao.find(AoWorkerNode.class, Query.select().where("NODE = ?", status.node()));
          if (rows.length == 0) {
            Map<String, Object> row = new HashMap<>();
            row.put("NODE", status.node());
            row.put("LAST_RUN_AT", runAt);
            row.put("FAILURE_AT", failureAt);
            row.put("FAILURE", failure);
            row.put("FAILING", status.failing());
            row.put("REPORTED_AT", at.toEpochMilli());
            ao.create(AoWorkerNode.class, List.of(row));
            return null;
          }
          AoWorkerNode row = rows[0];
          row.setLastRunAt(runAt);
          row.setFailureAt(failureAt);
          row.setFailure(failure);
          row.setFailing(status.failing());
          row.setReportedAt(at.toEpochMilli());
          row.save();
          return null;
        });
  }

  @Override
  public List<NodeStatus> all() {
    List<NodeStatus> all = new ArrayList<>();
    ao.stream(
        AoWorkerNode.class,
        Query.select("ID,NODE,LAST_RUN_AT,FAILURE_AT,FAILURE,FAILING").order("NODE"),
        row ->
            all.add(
                new NodeStatus(
                    row.getNode(),
                    instant(row.getLastRunAt()),
                    instant(row.getFailureAt()),
                    row.getFailureAt() == 0 ? null : nonNull(row.getFailure()),
                    row.isFailing() && row.getFailureAt() != 0)));
    return all;
  }

  @Override
  public void forgetSilentSince(Instant before) {
    ao.deleteWithSQL(AoWorkerNode.class, "REPORTED_AT < ?", before.toEpochMilli());
  }

  private static long millis(Instant instant) {
    return instant == null ? 0 : instant.toEpochMilli();
  }

  private static Instant instant(long millis) {
    return millis == 0 ? null : Instant.ofEpochMilli(millis);
  }

  /** Oracle stores an empty string as null. */
  private static String nonNull(String text) {
    return text == null ? "" : text;
  }
}
