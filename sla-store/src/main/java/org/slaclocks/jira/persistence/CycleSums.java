package org.slaclocks.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.java.ao.Query;

/**
 * The monthly sums of the stopped cycles ({@link AoCycleSum}): the changes a write of cycle rows
 * makes to them ({@link Deltas}), their compaction, and the UTC months a report's period holds
 * whole ({@link #monthsWithin}).
 */
public final class CycleSums {
  private static final Logger LOG = Logger.getLogger(CycleSums.class.getName());

  /**
   * Instants further than this from 1970 (about 3 million years, in millis) bound no stored cycle:
   * a period starting or ending there takes every month on that side.
   */
  private static final long UNBOUNDED = 100_000_000_000_000_000L;

  /** {@link AoCycleSum#getField()} of the sums of {@link AoCycle}'s rows. */
  static final String NO_FIELD = null;

  /** The condition on FIELD for a field's sums, or {@link AoCycle}'s for {@link #NO_FIELD}. */
  static String fieldIs(String field) {
    return field == null ? "FIELD IS NULL" : "FIELD = ?";
  }

  /** The parameters of {@link #fieldIs} and of the conditions after it. */
  static Object[] fieldParams(String field, Object... after) {
    return field == null ? after : Sql.params(List.of(after), field);
  }

  private CycleSums() {}

  /** The start of the UTC month of {@code millis}, epoch millis. */
  static long monthAt(long millis) {
    return LocalDate.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC)
        .withDayOfMonth(1)
        .atStartOfDay(ZoneOffset.UTC)
        .toInstant()
        .toEpochMilli();
  }

  /**
   * The whole UTC months within {@code [from, to)} (epoch millis) as {@code [first, end)} of their
   * starts, {@link Long#MIN_VALUE} and {@link Long#MAX_VALUE} for a side without bound; null when
   * the range holds no whole month.
   */
  static long[] monthsWithin(long from, long to) {
    long first;
    if (from <= -UNBOUNDED) {
      first = Long.MIN_VALUE;
    } else if (from >= UNBOUNDED) {
      return null;
    } else {
      first = monthAt(from);
      if (first < from) {
        first = nextMonth(first);
      }
    }
    long end;
    if (to >= UNBOUNDED) {
      end = Long.MAX_VALUE;
    } else if (to <= -UNBOUNDED) {
      return null;
    } else {
      end = monthAt(to);
    }
    return first < end ? new long[] {first, end} : null;
  }

  private static long nextMonth(long monthAt) {
    return LocalDate.ofInstant(Instant.ofEpochMilli(monthAt), ZoneOffset.UTC)
        .with(TemporalAdjusters.firstDayOfNextMonth())
        .atStartOfDay(ZoneOffset.UTC)
        .toInstant()
        .toEpochMilli();
  }

  /** A sum's key. */
  record Key(String field, String project, long line, long month, String state) {}

  /**
   * What one write changes in the sums: each stopped cycle row written adds one to its key, each
   * one replaced or deleted takes one off; keys whose changes cancel out are not written.
   */
  static final class Deltas {
    private final Map<Key, int[]> changes = new HashMap<>();

    /** Counts a planned or stored row ({@code sign} 1 or -1); open cycles are not summed. */
    void add(String field, Map<String, Object> row, int sign) {
      Object stop = row.get("STOP_AT");
      if (stop != null) {
        add(
            field,
            (String) row.get("PROJECT_KEY"),
            (Long) row.get("LINE_HASH"),
            (Long) stop,
            (String) row.get("STATE"),
            (Integer) row.get("MET_AT_RISK"),
            sign);
      }
    }

    void add(
        String field,
        String project,
        long line,
        long stopAt,
        String state,
        int metAtRisk,
        int sign) {
      int[] c =
          changes.computeIfAbsent(
              new Key(field, project, line, monthAt(stopAt), state), k -> new int[2]);
      c[0] += sign;
      c[1] += sign * metAtRisk;
    }

    /** Appends a row for each key whose count changes; in the caller's transaction. */
    void append(ActiveObjects ao) {
      List<Map<String, Object>> rows = rows(1);
      if (!rows.isEmpty()) {
        ao.create(AoCycleSum.class, rows);
      }
    }

    /** A row for each key whose count changes, with {@code FRESH} as given. */
    List<Map<String, Object>> rows(int fresh) {
      List<Map<String, Object>> rows = new ArrayList<>();
      changes.forEach(
          (key, c) -> {
            if (c[0] != 0 || c[1] != 0) {
              rows.add(row(key, c[0], c[1], fresh));
            }
          });
      return rows;
    }
  }

  static Map<String, Object> row(Key key, int count, int metAtRisk, int fresh) {
    Map<String, Object> row = new HashMap<>();
    if (key.field() != null) {
      row.put("FIELD", key.field());
    }
    row.put("PROJECT_KEY", key.project());
    row.put("LINE_HASH", key.line());
    row.put("MONTH_AT", key.month());
    row.put("STATE", key.state());
    row.put("CYCLE_COUNT", count);
    row.put("MET_AT_RISK", metAtRisk);
    row.put("FRESH", fresh);
    return row;
  }

  /**
   * Replaces the rows of every month that has rows appended since its last compaction by one row
   * per key (none for a key that sums to nothing), a field and month per transaction. Safe on
   * several nodes at once: a compaction deletes exactly the rows it read, by id, and gives up the
   * month (rolled back) when it deleted fewer because another one compacted it first; rows appended
   * meanwhile are not among those it read, so they stay. A failure is logged: the sums stay right,
   * only more rows are read until a later compaction.
   *
   * @return how many rows fewer the table has
   */
  public static int compact(ActiveObjects ao) {
    record Month(String field, long at) {}
    Set<Month> months = new LinkedHashSet<>();
    ao.stream(
        AoCycleSum.class,
        Query.select("FIELD,MONTH_AT,COUNT(LINE_HASH) AS CYCLE_COUNT")
            .where("FRESH = ?", 1)
            .group("FIELD,MONTH_AT"),
        row -> months.add(new Month(row.getField(), row.getMonthAt())));
    int removed = 0;
    for (Month month : months) {
      try {
        removed += ao.executeInTransaction(() -> compactMonth(ao, month.field(), month.at()));
      } catch (CompactedMeanwhile e) {
        // another node compacted this month first
      } catch (RuntimeException e) {
        if (!Sql.isContention(e)) {
          LOG.log(
              Level.WARNING,
              "SLA Clocks: the monthly sums of field '"
                  + month.field()
                  + "' for "
                  + Instant.ofEpochMilli(month.at())
                  + " could not be compacted; the reports stay right and read more rows until a"
                  + " later compaction",
              e);
        }
      }
    }
    return removed;
  }

  private static int compactMonth(ActiveObjects ao, String field, long month) {
    record Row(long id, int count, int atRisk, boolean fresh) {}
    Map<Key, List<Row>> byKey = new HashMap<>();
    ao.stream(
        AoCycleSum.class,
        Query.select("ID,PROJECT_KEY,LINE_HASH,STATE,CYCLE_COUNT,MET_AT_RISK,FRESH")
            .where(fieldIs(field) + " AND MONTH_AT = ?", fieldParams(field, month)),
        row ->
            byKey
                .computeIfAbsent(
                    new Key(field, row.getProjectKey(), row.getLineHash(), month, row.getState()),
                    k -> new ArrayList<>())
                .add(
                    new Row(
                        row.getID(),
                        row.getCycleCount(),
                        row.getMetAtRisk(),
                        row.getFresh() == 1)));
    List<Long> ids = new ArrayList<>();
    List<Map<String, Object>> merged = new ArrayList<>();
    byKey.forEach(
        (key, rows) -> {
          if (rows.size() == 1 && !rows.get(0).fresh()) {
            return; // compacted already
          }
          int count = 0;
          int atRisk = 0;
          for (Row r : rows) {
            ids.add(r.id());
            count += r.count();
            atRisk += r.atRisk();
          }
          if (count != 0 || atRisk != 0) {
            merged.add(row(key, count, atRisk, 0));
          }
        });
    ids.sort(null);
    for (List<Long> chunk : Sql.chunks(ids)) {
      int deleted =
          ao.deleteWithSQL(
              AoCycleSum.class, "ID IN (" + Sql.placeholders(chunk.size()) + ")", chunk.toArray());
      if (deleted != chunk.size()) {
        throw new CompactedMeanwhile();
      }
    }
    if (!merged.isEmpty()) {
      ao.create(AoCycleSum.class, merged);
    }
    return ids.size() - merged.size();
  }

  /** A compaction found rows it read already deleted: another one compacted the month first. */
  private static final class CompactedMeanwhile extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CompactedMeanwhile() {
      super("another node compacted these sums first", null, false, false);
    }
  }
}
