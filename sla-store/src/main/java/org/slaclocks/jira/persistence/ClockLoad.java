package org.slaclocks.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.java.ao.Query;
import org.slaclocks.clock.ClockFacts;
import org.slaclocks.tracking.ClockRepository.Stored;
import org.slaclocks.tracking.IssueClocks;

/**
 * Reads issues' clocks whole: the issue rows, then the clock rows, in two statements.
 *
 * <p>A store can commit between the two (each statement sees what was committed when it started),
 * and since a store rewrites only the clock rows that changed, a torn read is recognised by what
 * the clock rows say against the issue row read first: a clock row written by a later store (its
 * VERSION above the issue's), a number of rows other than the issue's CLOCK_COUNT (a later store
 * removed some), or rows of an issue that had no issue row. Every change to an issue's clocks shows
 * in one of these. Torn issues are read again (alone); the other issues of the chunk are kept.
 */
final class ClockLoad {
  private static final Logger LOG = Logger.getLogger(ClockLoad.class.getName());
  private static final int MAX_ROUNDS = 8;

  private final ActiveObjects ao;
  private final Map<Long, Stored> loaded = new LinkedHashMap<>();
  private final Map<Long, String> unreadable = new HashMap<>();
  private final List<Long> rowsToMark = new ArrayList<>();

  ClockLoad(ActiveObjects ao) {
    this.ao = ao;
  }

  Map<Long, Stored> loadAll(Collection<Long> issueIds) {
    for (List<Long> chunk : Sql.chunks(new TreeSet<>(issueIds))) {
      List<Long> torn = chunk;
      for (int round = 1; !torn.isEmpty(); round++) {
        torn = loadChunk(torn, round == MAX_ROUNDS);
      }
    }
    if (!unreadable.isEmpty()) {
      markForRewrite();
      UnreadableClocksException e = new UnreadableClocksException(unreadable, loaded);
      LOG.log(Level.WARNING, "SLA Clocks: " + e.getMessage());
      throw e;
    }
    return loaded;
  }

  private record IssueRow(
      String issueKey,
      String projectKey,
      long configVersion,
      long computedAt,
      int clockCount,
      long version) {}

  private record Clock(long rowId, long version, ClockFacts facts, String problem) {}

  /** Reads the issues; returns those torn by a concurrent store, to be read again. */
  private List<Long> loadChunk(List<Long> ids, boolean lastRound) {
    String in = "ISSUE_ID IN (" + Sql.placeholders(ids.size()) + ")";
    Map<Long, IssueRow> issues = new HashMap<>();
    ao.stream(
        AoIssueClocks.class,
        Query.select(
                "ISSUE_ID,ISSUE_KEY,PROJECT_KEY,CONFIG_VERSION,COMPUTED_AT,CLOCK_COUNT,VERSION")
            .where(in, ids.toArray()),
        row ->
            issues.put(
                row.getIssueId(),
                new IssueRow(
                    row.getIssueKey(),
                    row.getProjectKey(),
                    row.getConfigVersion(),
                    row.getComputedAt(),
                    row.getClockCount(),
                    row.getVersion())));
    Map<Long, List<Clock>> clocks = new HashMap<>();
    ao.stream(
        AoClock.class,
        Query.select("ID,ISSUE_ID,POLICY_ID,METRIC_ID,VERSION,ZERO_AT,CONTENT_HASH,CYCLES")
            .where(in, ids.toArray()),
        row -> clocks.computeIfAbsent(row.getIssueId(), id -> new ArrayList<>()).add(read(row)));

    List<Long> torn = new ArrayList<>();
    for (long id : ids) {
      IssueRow issue = issues.get(id);
      List<Clock> rows = clocks.getOrDefault(id, List.of());
      boolean consistent =
          issue == null
              ? rows.isEmpty()
              : rows.size() == issue.clockCount()
                  && rows.stream().allMatch(c -> c.version() <= issue.version());
      if (!consistent && !lastRound) {
        torn.add(id);
      } else if (!consistent) {
        unreadable.put(
            id,
            "its "
                + rows.size()
                + " clock rows disagree with its issue row after "
                + MAX_ROUNDS
                + " reads");
      } else if (issue != null) {
        add(id, issue, rows);
      }
    }
    return torn;
  }

  private void add(long id, IssueRow issue, List<Clock> rows) {
    List<ClockFacts> facts = new ArrayList<>(rows.size());
    for (Clock clock : rows) {
      if (clock.problem() != null) {
        unreadable.merge(id, clock.problem(), (a, b) -> a + "; " + b);
        if (clock.rowId() != 0) {
          rowsToMark.add(clock.rowId());
        }
      } else {
        facts.add(clock.facts());
      }
    }
    if (unreadable.containsKey(id)) {
      return;
    }
    facts.sort(Comparator.comparing(ClockFacts::metricId).thenComparing(ClockFacts::policyId));
    loaded.put(
        id,
        new Stored(
            new IssueClocks(
                id,
                issue.issueKey(),
                issue.projectKey(),
                issue.configVersion(),
                Instant.ofEpochMilli(issue.computedAt()),
                facts),
            issue.version()));
  }

  /** A clock row read back; a problem (with the row to mark for rewriting) instead of facts. */
  private static Clock read(AoClock row) {
    String where = "clock " + row.getMetricId() + ": ";
    Long hash = row.getContentHash();
    if (hash == null) {
      // Marked already (or left so by an upgrade that could not convert it): not read again.
      return new Clock(0, row.getVersion(), null, where + "marked to be recomputed");
    }
    if (hash
        != ContentHash.of(row.getPolicyId(), row.getMetricId(), row.getZeroAt(), row.getCycles())) {
      return new Clock(
          row.getID(), row.getVersion(), null, where + "the row was changed outside the app");
    }
    try {
      return new Clock(
          row.getID(),
          row.getVersion(),
          CyclesJson.read(row.getPolicyId(), row.getMetricId(), row.getCycles()),
          null);
    } catch (IllegalArgumentException | NullPointerException e) {
      return new Clock(row.getID(), row.getVersion(), null, where + e.getMessage());
    }
  }

  /** Clears the content hash of unreadable rows, so that the next store rewrites them. */
  private void markForRewrite() {
    for (long rowId : rowsToMark) {
      AoClock row = ao.get(AoClock.class, rowId);
      if (row != null) {
        row.setContentHash(null);
        row.save();
      }
    }
  }
}
