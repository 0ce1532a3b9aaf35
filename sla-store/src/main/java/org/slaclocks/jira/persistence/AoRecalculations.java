package org.slaclocks.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import net.java.ao.Query;
import org.slaclocks.clock.ClockState;
import org.slaclocks.jira.tracking.RecalculationStore;
import org.slaclocks.tracking.RecalculationScope;
import org.slaclocks.tracking.Recalculations;
import org.slaclocks.tracking.Recalculations.Run;
import org.slaclocks.tracking.Recalculations.Status;

/**
 * Recalculation runs in {@link AoRecalculation}, their issues in {@link AoRecalcIssue}, fed to the
 * change queue ({@link AoChangeQueue}) a batch at a time.
 *
 * <p>The queue's entries carry no mark of who queued them, so the run never deletes one (it could
 * be a real change of the issue): it queues one batch, and the next only when none of the batch's
 * issues is queued any more, which means the worker has processed each since the batch was queued
 * (a claim completes only the entries it saw). That is the run's progress, and why a cancelled run
 * leaves at most one batch to the worker. Two nodes feeding the same batch at the same moment queue
 * its issues twice, which the queue folds into one recomputation per issue; they write the same
 * cursor.
 */
public final class AoRecalculations implements RecalculationStore {
  private final ActiveObjects ao;
  private final AoChangeQueue queue;

  public AoRecalculations(ActiveObjects ao) {
    this.ao = ao;
    this.queue = new AoChangeQueue(ao);
  }

  @Override
  public Run create(
      RecalculationScope scope,
      String requestedBy,
      Instant at,
      long targetRevision,
      Collection<Long> issueIds) {
    Set<Long> ids = new java.util.TreeSet<>(issueIds);
    return ao.executeInTransaction(
        () -> {
          Optional<Run> running = running();
          if (running.isPresent()) {
            throw new Recalculations.AlreadyRunning(running.get());
          }
          Map<String, Object> values = new HashMap<>();
          values.put("SCOPE_KIND", scope.kind().name());
          values.put("SCOPE_SINCE", scope.since() == null ? 0L : scope.since().toEpochMilli());
          values.put("SCOPE_JQL", scope.jql());
          values.put("REQUESTED_BY", Sql.truncate(requestedBy, 255));
          values.put("REQUESTED_AT", at.toEpochMilli());
          values.put("TARGET_REVISION", targetRevision);
          values.put("TOTAL", ids.size());
          values.put("RUN_STATUS", Status.RUNNING.name());
          values.put("FED_THROUGH", 0L);
          values.put("BATCH_FROM", 0L);
          values.put("DONE_BEFORE", 0);
          values.put("FINISHED_AT", 0L);
          // The bulk form: the single-row create is not among the AO members the app relies on.
          ao.create(AoRecalculation.class, List.of(values));
          AoRecalculation run =
              ao.find(
                      AoRecalculation.class,
                      Query.select()
                          .where("RUN_STATUS = ?", Status.RUNNING.name())
                          .order("ID DESC"))[0];
          for (List<Long> chunk : Sql.chunks(ids)) {
            List<Map<String, Object>> rows = new ArrayList<>(chunk.size());
            for (long issueId : chunk) {
              rows.add(Map.of("RUN_ID", (long) run.getID(), "ISSUE_ID", issueId));
            }
            ao.create(AoRecalcIssue.class, rows);
          }
          return toRun(run, 0);
        });
  }

  @Override
  public Optional<Run> running() {
    AoRecalculation[] rows =
        ao.find(
            AoRecalculation.class,
            Query.select().where("RUN_STATUS = ?", Status.RUNNING.name()).order("ID DESC"));
    return rows.length == 0 ? Optional.empty() : Optional.of(withProgress(rows[0]));
  }

  @Override
  public List<Run> list(int limit) {
    List<Run> runs = new ArrayList<>();
    for (AoRecalculation row :
        ao.find(AoRecalculation.class, Query.select().order("ID DESC").limit(limit))) {
      runs.add(withProgress(row));
    }
    return runs;
  }

  @Override
  public Optional<Run> find(long id) {
    AoRecalculation row = byId(id);
    return row == null ? Optional.empty() : Optional.of(withProgress(row));
  }

  @Override
  public Optional<Run> cancel(long id, String by, Instant at) {
    return ao.executeInTransaction(
        () -> {
          AoRecalculation row = byId(id);
          if (row == null) {
            return Optional.<Run>empty();
          }
          if (Status.RUNNING.name().equals(row.getRunStatus())) {
            row.setRunStatus(Status.CANCELLED.name());
            row.setCancelledBy(Sql.truncate(by, 255));
            row.setFinishedAt(at.toEpochMilli());
            row.save();
          }
          return Optional.of(withProgress(row));
        });
  }

  @Override
  public Optional<Run> feed(int batch, Instant now) {
    if (batch < 1) {
      throw new IllegalArgumentException("batch must be >= 1, was " + batch);
    }
    return ao.executeInTransaction(
        () -> {
          AoRecalculation[] rows =
              ao.find(
                  AoRecalculation.class,
                  Query.select().where("RUN_STATUS = ?", Status.RUNNING.name()).order("ID"));
          if (rows.length == 0) {
            return Optional.<Run>empty();
          }
          AoRecalculation row = rows[0];
          List<Long> inFlight = inFlight(row);
          if (pending(inFlight) > 0) {
            return Optional.of(toRun(row, row.getDoneBefore()));
          }
          List<Long> next = new ArrayList<>(batch);
          long[] last = {row.getFedThrough()};
          ao.stream(
              AoRecalcIssue.class,
              Query.select("ID,ISSUE_ID")
                  .where("RUN_ID = ? AND ID > ?", (long) row.getID(), row.getFedThrough())
                  .order("ID")
                  .limit(batch),
              issue -> {
                next.add(issue.getIssueId());
                last[0] = Math.max(last[0], issue.getID());
              });
          row.setDoneBefore(row.getDoneBefore() + inFlight.size());
          row.setBatchFrom(row.getFedThrough());
          row.setFedThrough(last[0]);
          if (next.isEmpty()) {
            row.setRunStatus(Status.DONE.name());
            row.setFinishedAt(now.toEpochMilli());
          } else {
            queue.enqueueAll(next, now);
          }
          row.save();
          return Optional.of(toRun(row, row.getDoneBefore()));
        });
  }

  @Override
  public void forEachOpenIssue(LongConsumer sink) {
    ao.stream(
        AoClock.class,
        Query.select("ISSUE_ID")
            .distinct()
            .where("STATE IN (?,?)", ClockState.RUNNING.name(), ClockState.PAUSED.name()),
        row -> sink.accept(row.getIssueId()));
  }

  private AoRecalculation byId(long id) {
    AoRecalculation[] rows = ao.find(AoRecalculation.class, Query.select().where("ID = ?", id));
    return rows.length == 0 ? null : rows[0];
  }

  /** The issues of the batch in flight. */
  private List<Long> inFlight(AoRecalculation row) {
    List<Long> ids = new ArrayList<>();
    if (row.getFedThrough() > row.getBatchFrom()) {
      ao.stream(
          AoRecalcIssue.class,
          Query.select("ID,ISSUE_ID")
              .where(
                  "RUN_ID = ? AND ID > ? AND ID <= ?",
                  (long) row.getID(),
                  row.getBatchFrom(),
                  row.getFedThrough()),
          issue -> ids.add(issue.getIssueId()));
    }
    return ids;
  }

  /** How many of the issues still have a queued change (the worker has not processed them). */
  private int pending(Collection<Long> issueIds) {
    Set<Long> queued = new HashSet<>();
    for (List<Long> chunk : Sql.chunks(new LinkedHashSet<>(issueIds))) {
      ao.stream(
          AoChange.class,
          Query.select("ISSUE_ID")
              .distinct()
              .where("ISSUE_ID IN (" + Sql.placeholders(chunk.size()) + ")", chunk.toArray()),
          change -> queued.add(change.getIssueId()));
    }
    return queued.size();
  }

  private Run withProgress(AoRecalculation row) {
    if (!Status.RUNNING.name().equals(row.getRunStatus())) {
      return toRun(row, row.getDoneBefore());
    }
    List<Long> inFlight = inFlight(row);
    return toRun(row, row.getDoneBefore() + inFlight.size() - pending(inFlight));
  }

  private static Run toRun(AoRecalculation row, int done) {
    RecalculationScope.Kind kind = RecalculationScope.Kind.valueOf(row.getScopeKind());
    RecalculationScope scope =
        new RecalculationScope(
            kind,
            kind == RecalculationScope.Kind.UPDATED
                ? Instant.ofEpochMilli(row.getScopeSince())
                : null,
            kind == RecalculationScope.Kind.JQL ? row.getScopeJql() : null);
    Status status = Status.valueOf(row.getRunStatus());
    return new Run(
        row.getID(),
        scope,
        row.getRequestedBy(),
        Instant.ofEpochMilli(row.getRequestedAt()),
        row.getTargetRevision(),
        row.getTotal(),
        status == Status.DONE ? row.getTotal() : Math.min(done, row.getTotal()),
        status,
        row.getFinishedAt() == 0 ? null : Instant.ofEpochMilli(row.getFinishedAt()),
        row.getCancelledBy());
  }
}
