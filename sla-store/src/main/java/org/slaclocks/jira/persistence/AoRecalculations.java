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
 * be a real change of the issue). The run's issues in flight are those queued and not yet counted
 * as done; one that is no longer queued has been processed by the worker since it was queued (a
 * claim completes only the entries it saw). That is the run's progress. Each feed counts the issues
 * in flight up to the first one still queued as done, and queues the next batch once no more than
 * one batch's worth is left from there on: the worker finds the next batch waiting when it finishes
 * one, instead of idling until the next feed, and no more than two batches are ever queued. So a
 * cancelled run leaves at most two batches to the worker, and an issue held up in the queue (say,
 * claimed by a node that died, until its lease ends) holds the run up too, as it should: its clocks
 * are not recomputed yet. Two nodes feeding at the same moment queue the same batch twice, which
 * the queue folds into one recomputation per issue when the worker has not claimed the first copy
 * yet; they write the same cursor.
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
          List<RecalcIssue> inFlight = inFlight(row);
          Set<Long> pending = pending(inFlight);
          // Issues up to the first one still queued are all processed: they leave the window.
          int processed = 0;
          while (processed < inFlight.size()
              && !pending.contains(inFlight.get(processed).issueId())) {
            processed++;
          }
          if (processed > 0) {
            row.setDoneBefore(row.getDoneBefore() + processed);
            row.setBatchFrom(inFlight.get(processed - 1).id());
          }
          int unfinished = inFlight.size() - processed;
          if (unfinished > batch) {
            if (processed > 0) {
              row.save();
            }
            return Optional.of(toRun(row, row.getDoneBefore() + unfinished - pending.size()));
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
          if (!next.isEmpty()) {
            queue.enqueueAll(next, now);
            row.setFedThrough(last[0]);
          } else if (unfinished == 0) {
            row.setRunStatus(Status.DONE.name());
            row.setFinishedAt(now.toEpochMilli());
          }
          row.save();
          return Optional.of(toRun(row, row.getDoneBefore() + unfinished - pending.size()));
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

  /** A row of {@link AoRecalcIssue}: its id (the cursor's unit) and the issue. */
  private record RecalcIssue(long id, long issueId) {}

  /** The issues queued and not yet counted as done, in the order they were queued. */
  private List<RecalcIssue> inFlight(AoRecalculation row) {
    List<RecalcIssue> issues = new ArrayList<>();
    if (row.getFedThrough() > row.getBatchFrom()) {
      ao.stream(
          AoRecalcIssue.class,
          Query.select("ID,ISSUE_ID")
              .where(
                  "RUN_ID = ? AND ID > ? AND ID <= ?",
                  (long) row.getID(),
                  row.getBatchFrom(),
                  row.getFedThrough())
              .order("ID"),
          issue -> issues.add(new RecalcIssue(issue.getID(), issue.getIssueId())));
    }
    return issues;
  }

  /** Those of the issues that still have a queued change (the worker has not processed them). */
  private Set<Long> pending(List<RecalcIssue> issues) {
    Set<Long> ids = new LinkedHashSet<>();
    issues.forEach(issue -> ids.add(issue.issueId()));
    Set<Long> queued = new HashSet<>();
    for (List<Long> chunk : Sql.chunks(ids)) {
      ao.stream(
          AoChange.class,
          Query.select("ISSUE_ID")
              .distinct()
              .where("ISSUE_ID IN (" + Sql.placeholders(chunk.size()) + ")", chunk.toArray()),
          change -> queued.add(change.getIssueId()));
    }
    return queued;
  }

  private Run withProgress(AoRecalculation row) {
    if (!Status.RUNNING.name().equals(row.getRunStatus())) {
      return toRun(row, row.getDoneBefore());
    }
    List<RecalcIssue> inFlight = inFlight(row);
    return toRun(row, row.getDoneBefore() + inFlight.size() - pending(inFlight).size());
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
