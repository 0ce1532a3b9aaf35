package org.slaclocks.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import net.java.ao.Query;
import org.slaclocks.clock.Calendars;
import org.slaclocks.clock.ClockFacts;
import org.slaclocks.tracking.ClockUpdate;
import org.slaclocks.tracking.IssueClocks;
import org.slaclocks.tracking.StoredClock;
import org.slaclocks.tracking.TriggerSchedule;

/**
 * Stores up to 1000 issues' clocks in one transaction, writing only what changed.
 *
 * <p>The rule: an issue whose stored rows say exactly what the new clocks say (same key and
 * project, the same clock rows by content hash and the same triggers: a rule added to a policy
 * changes a clock's arming while its cycles stay equal) is not written at all, whatever version the
 * update expected: its stored clocks already are the result, and not writing cannot overwrite
 * anything. Its {@code COMPUTED_AT} and {@code CONFIG_VERSION} stay those of the computation that
 * last changed it. Any other issue needs the expected version: its issue row is
 * compared-and-deleted and inserted with the next version and clock count, and of its clock rows
 * only the changed, added and removed ones are deleted and inserted (carrying the new version);
 * unchanged rows keep theirs. A version that moved on is a conflict, reported without writing.
 */
final class ClockStore {
  private static final int MAX_ROUNDS = 5;

  private final ActiveObjects ao;
  private final Calendars calendars;
  private final CycleRows cycles;

  ClockStore(ActiveObjects ao, Calendars calendars) {
    this.ao = ao;
    this.calendars = calendars;
    this.cycles = new CycleRows(ao, calendars);
  }

  /** The ids of the chunk's issues not stored because another writer stored them first. */
  Set<Long> store(List<ClockUpdate> chunk) {
    Map<Long, Planned> planned = new LinkedHashMap<>();
    for (ClockUpdate update : chunk) {
      planned.put(update.clocks().issueId(), plan(update));
    }
    for (int round = 1; ; round++) {
      try {
        return ao.executeInTransaction(() -> write(planned));
      } catch (RuntimeException e) {
        // Rolled back: another writer stored some of these issues between our read and our write
        // (a version that moved, a first store's unique key, a deadlock). The next round reads the
        // stored rows again and reports those issues as conflicts.
        if (!(e instanceof VersionConflict) && !Sql.isContention(e)) {
          throw e;
        }
        if (round == MAX_ROUNDS) {
          return new HashSet<>(planned.keySet());
        }
      }
    }
  }

  /** An update with its rows computed, keyed by policy and metric. */
  private record Planned(
      ClockUpdate update, Map<String, ClockRow> rows, CycleRows.Planned cycles) {}

  private Planned plan(ClockUpdate update) {
    IssueClocks issue = update.clocks();
    Map<String, ClockRow> rows = new TreeMap<>();
    for (ClockFacts clock : issue.clocks()) {
      checkLength("policy id", clock.policyId(), 255);
      checkLength("metric id", clock.metricId(), 255);
      StoredClock summary = StoredClock.of(issue.issueId(), clock, calendars);
      if (summary.calendar() != null) {
        checkLength("calendar name", summary.calendar(), 200);
      }
      TriggerSchedule.Triggers triggers = update.triggers().get(clock.metricId());
      if (triggers != null) {
        checkLength("trigger arming", triggers.arming(), 32);
      }
      ClockRow row = ClockRow.of(summary, clock, triggers);
      if (rows.put(key(clock.policyId(), clock.metricId()), row) != null) {
        throw new IllegalArgumentException(
            "issue " + issue.issueId() + ": two clocks of metric " + clock.metricId());
      }
    }
    return new Planned(update, rows, cycles.plan(update));
  }

  /** A name longer than its column would fail in the database, less clearly. */
  private static void checkLength(String what, String value, int max) {
    if (value.length() > max) {
      throw new IllegalArgumentException(
          "a " + what + " is at most " + max + " characters, was " + value.length() + ": " + value);
    }
  }

  private static String key(String policyId, String metricId) {
    return policyId + '\u0000' + metricId;
  }

  private record StoredIssue(long version, String issueKey, String projectKey) {}

  /** A stored row: its id, content hash (null: to be rewritten) and triggers. */
  private record StoredRow(long id, Long hash, TriggerSchedule.Triggers triggers) {
    boolean says(ClockRow row) {
      return hash != null && hash == row.contentHash() && Objects.equals(triggers, row.triggers());
    }
  }

  private Set<Long> write(Map<Long, Planned> planned) {
    List<Long> ids = new ArrayList<>(planned.keySet());
    String in = "ISSUE_ID IN (" + Sql.placeholders(ids.size()) + ")";
    Map<Long, StoredIssue> issues = new HashMap<>();
    ao.stream(
        AoIssueClocks.class,
        Query.select("ISSUE_ID,ISSUE_KEY,PROJECT_KEY,VERSION").where(in, ids.toArray()),
        row ->
            issues.put(
                row.getIssueId(),
                new StoredIssue(row.getVersion(), row.getIssueKey(), row.getProjectKey())));
    Map<Long, Map<String, StoredRow>> stored = new HashMap<>();
    // The range repeats what the list says, for PostgreSQL's planner: on a table it has no
    // statistics of (autovacuum off), it takes a list of 50 ids for a quarter of the table and
    // reads all of it (0.5 s at 400,000 rows), but a range for a few rows (an index scan, 2 ms).
    long first = ids.stream().mapToLong(Long::longValue).min().orElseThrow();
    long last = ids.stream().mapToLong(Long::longValue).max().orElseThrow();
    ao.stream(
        AoClock.class,
        Query.select(
                "ID,ISSUE_ID,POLICY_ID,POLICY_HASH,METRIC_ID,CONTENT_HASH,TRIGGER_ARMING,"
                    + "TRIGGERS_FROM,NEXT_TRIGGER_AT")
            .where("ISSUE_ID >= ? AND ISSUE_ID <= ? AND " + in, Sql.params(ids, first, last)),
        // A row written before POLICY_HASH existed counts as changed, so that it is rewritten.
        row ->
            stored
                .computeIfAbsent(row.getIssueId(), id -> new HashMap<>())
                .put(
                    key(row.getPolicyId(), row.getMetricId()),
                    new StoredRow(
                        row.getID(),
                        row.getPolicyHash() == null ? null : row.getContentHash(),
                        ClockRow.triggers(
                            row.getTriggerArming(),
                            row.getTriggersFrom(),
                            row.getNextTriggerAt()))));

    Set<Long> conflicts = new HashSet<>();
    Map<Long, List<Long>> casByVersion = new TreeMap<>();
    List<Long> rowsToDelete = new ArrayList<>();
    List<Map<String, Object>> issueRows = new ArrayList<>();
    List<Map<String, Object>> clockRows = new ArrayList<>();
    // The cycle rows follow the clocks written and those found the same (stored before the cycle
    // rows existed, or with other report fields); never those of a conflict.
    List<CycleRows.Planned> cycleRows = new ArrayList<>();
    for (Planned p : planned.values()) {
      IssueClocks issue = p.update().clocks();
      long id = issue.issueId();
      StoredIssue was = issues.get(id);
      Map<String, StoredRow> wasRows = stored.getOrDefault(id, Map.of());
      if (was != null && same(issue, was, p.rows(), wasRows)) {
        cycleRows.add(p.cycles());
        continue;
      }
      long expected = p.update().expectedVersion();
      if ((was == null ? 0 : was.version()) != expected) {
        conflicts.add(id);
        continue;
      }
      if (expected > 0) {
        casByVersion.computeIfAbsent(expected, v -> new ArrayList<>()).add(id);
      }
      long version = expected + 1;
      cycleRows.add(p.cycles());
      issueRows.add(issueRow(issue, version, p.rows().size()));
      for (Map.Entry<String, StoredRow> old : wasRows.entrySet()) {
        ClockRow now = p.rows().get(old.getKey());
        if (now == null || !old.getValue().says(now)) {
          rowsToDelete.add(old.getValue().id());
        }
      }
      for (Map.Entry<String, ClockRow> row : p.rows().entrySet()) {
        StoredRow old = wasRows.get(row.getKey());
        if (old == null || !old.says(row.getValue())) {
          clockRows.add(row.getValue().values(version));
        }
      }
    }
    for (Map.Entry<Long, List<Long>> group : casByVersion.entrySet()) {
      for (List<Long> cas : Sql.chunks(group.getValue())) {
        int deleted =
            ao.deleteWithSQL(
                AoIssueClocks.class,
                "VERSION = ? AND ISSUE_ID IN (" + Sql.placeholders(cas.size()) + ")",
                Sql.params(cas, group.getKey()));
        if (deleted != cas.size()) {
          throw new VersionConflict();
        }
      }
    }
    for (List<Long> rows : Sql.chunks(rowsToDelete)) {
      ao.deleteWithSQL(
          AoClock.class, "ID IN (" + Sql.placeholders(rows.size()) + ")", rows.toArray());
    }
    // A first store of an issue that another writer also stored first fails here on ISSUE_ID.
    if (!issueRows.isEmpty()) {
      ao.create(AoIssueClocks.class, issueRows);
    }
    if (!clockRows.isEmpty()) {
      ao.create(AoClock.class, clockRows);
    }
    cycles.write(cycleRows);
    return conflicts;
  }

  private static boolean same(
      IssueClocks issue,
      StoredIssue was,
      Map<String, ClockRow> rows,
      Map<String, StoredRow> wasRows) {
    if (!issue.issueKey().equals(was.issueKey())
        || !Objects.equals(issue.projectKey(), was.projectKey())
        || rows.size() != wasRows.size()) {
      return false;
    }
    for (Map.Entry<String, ClockRow> row : rows.entrySet()) {
      StoredRow old = wasRows.get(row.getKey());
      if (old == null || !old.says(row.getValue())) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, Object> issueRow(IssueClocks issue, long version, int clockCount) {
    Map<String, Object> row = new HashMap<>();
    row.put("ISSUE_ID", issue.issueId());
    row.put("ISSUE_KEY", issue.issueKey());
    if (issue.projectKey() != null) {
      row.put("PROJECT_KEY", issue.projectKey());
    }
    row.put("CONFIG_VERSION", issue.configVersion());
    row.put("COMPUTED_AT", issue.computedAt().toEpochMilli());
    row.put("CLOCK_COUNT", clockCount);
    row.put("VERSION", version);
    return row;
  }

  /** A compare-and-delete found fewer rows than expected: another writer stored first. */
  static final class VersionConflict extends RuntimeException {
    private static final long serialVersionUID = 1L;

    VersionConflict() {
      super("another writer stored some of these issues first", null, false, false);
    }
  }
}
