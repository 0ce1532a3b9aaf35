package org.slaclocks.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import net.java.ao.Query;
import org.slaclocks.tracking.TriggerSchedule;

/**
 * The due index over {@link AoClock} rows: TRIGGER_ARMING, TRIGGERS_FROM and NEXT_TRIGGER_AT, which
 * the clock store writes with each clock, read in the order of the index (NEXT_TRIGGER_AT, ID).
 *
 * <p>{@link #due} pages with a cursor (the last clock read): the range starts at the cursor's
 * instant, so a page reads at most {@code limit} index entries past it, however many clocks before
 * it stay due because their firings keep failing. {@link #advance} is a compare-and-set on the row
 * as read. Active Objects has no conditional update, so it writes first a column with the value it
 * already has (ISSUE_ID, which never changes for a row id), which takes the row's lock until the
 * transaction ends, then reads the row again and writes only if the triggers are still those read.
 * A store that changes the triggers replaces the row (a new id), which the read notices too.
 */
public final class AoTriggerSchedule implements TriggerSchedule {
  private final ActiveObjects ao;

  public AoTriggerSchedule(ActiveObjects ao) {
    this.ao = Objects.requireNonNull(ao, "ao");
  }

  @Override
  public List<DueClock> due(Instant now, DueClock after, int limit) {
    Objects.requireNonNull(now, "now");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, was " + limit);
    }
    // Whole milliseconds: NEXT_TRIGGER_AT <= 5.3 is NEXT_TRIGGER_AT <= 5.
    long nowMs = now.toEpochMilli();
    Query query =
        Query.select("ID,ISSUE_ID,METRIC_ID,TRIGGER_ARMING,NEXT_TRIGGER_AT,TRIGGERS_FROM");
    if (after == null) {
      query = query.where("NEXT_TRIGGER_AT <= ?", nowMs);
    } else {
      long at = after.next().toEpochMilli();
      // The lower bound repeats what the OR says, so that the range starts at the cursor.
      query =
          query.where(
              "NEXT_TRIGGER_AT >= ? AND NEXT_TRIGGER_AT <= ? AND (NEXT_TRIGGER_AT > ? OR ID > ?)",
              at,
              nowMs,
              at,
              after.clockId());
    }
    List<DueClock> due = new ArrayList<>(Math.min(limit, 1000));
    ao.stream(
        AoClock.class,
        query.order("NEXT_TRIGGER_AT, ID").limit(limit),
        row -> {
          Instant next = Instant.ofEpochMilli(row.getNextTriggerAt());
          Long from = row.getTriggersFrom();
          due.add(
              new DueClock(
                  row.getID(),
                  row.getIssueId(),
                  row.getMetricId(),
                  row.getTriggerArming(),
                  next,
                  from == null ? next : Instant.ofEpochMilli(from)));
        });
    return due;
  }

  @Override
  public boolean advance(DueClock clock, Instant handledTo, Instant next) {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(handledTo, "handledTo");
    return ao.executeInTransaction(
        () -> {
          AoClock[] rows =
              ao.find(AoClock.class, Query.select("ID,ISSUE_ID").where("ID = ?", clock.clockId()));
          if (rows.length == 0) {
            return false; // replaced by a store
          }
          AoClock row = rows[0];
          row.setIssueId(row.getIssueId()); // the row's lock, held to the end of the transaction
          row.save();
          Long[] stored = new Long[2];
          boolean[] found = {false};
          ao.stream(
              AoClock.class,
              Query.select("ID,NEXT_TRIGGER_AT,TRIGGERS_FROM").where("ID = ?", clock.clockId()),
              r -> {
                found[0] = true;
                stored[0] = r.getNextTriggerAt();
                stored[1] = r.getTriggersFrom();
              });
          if (!found[0]
              || !Objects.equals(stored[0], clock.next().toEpochMilli())
              || !Objects.equals(stored[1], clock.from().toEpochMilli())) {
            return false;
          }
          row.setTriggersFrom(handledTo.toEpochMilli());
          row.setNextTriggerAt(ClockRow.millis(next));
          row.save();
          return true;
        });
  }

  @Override
  public Map<Long, Map<String, Triggers>> triggers(Collection<Long> issueIds) {
    Map<Long, Map<String, Triggers>> triggers = new HashMap<>();
    for (List<Long> chunk : Sql.chunks(new TreeSet<>(issueIds))) {
      ao.stream(
          AoClock.class,
          Query.select("ID,ISSUE_ID,METRIC_ID,TRIGGER_ARMING,TRIGGERS_FROM,NEXT_TRIGGER_AT")
              .where(
                  "ISSUE_ID IN ("
                      + Sql.placeholders(chunk.size())
                      + ") AND TRIGGER_ARMING IS NOT NULL",
                  chunk.toArray()),
          row -> {
            Triggers stored =
                ClockRow.triggers(
                    row.getTriggerArming(), row.getTriggersFrom(), row.getNextTriggerAt());
            if (stored != null) {
              triggers
                  .computeIfAbsent(row.getIssueId(), id -> new HashMap<>())
                  .put(row.getMetricId(), stored);
            }
          });
    }
    return triggers;
  }
}
