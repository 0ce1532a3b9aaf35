package org.slaclocks.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.slaclocks.clock.ClockState;
import org.slaclocks.clock.SlaClock;
import org.slaclocks.tracking.ClockRepository;
import org.slaclocks.tracking.ClockUpdate;
import org.slaclocks.tracking.IssueClocks;
import org.slaclocks.tracking.StoredClock;
import org.slaclocks.tracking.StoredIssueClocks;
import org.slaclocks.tracking.StoredSlaClock;

/**
 * Clocks in {@link AoIssueClocks} (one row per issue: its version) and {@link AoClock} (one row per
 * issue and metric).
 *
 * <p>Concurrency, the choice: optimistic versions, checked when storing. Clocks are a pure function
 * of the issue's history, so a lost update can only mean a result computed from an older history
 * overwriting one from a newer history. Each store names the version it read before the history was
 * read, and replaces the issue's row only if that version is still there: {@code DELETE ... WHERE
 * VERSION = ? AND ISSUE_ID IN (...)} must delete exactly the expected rows (the delete is the
 * compare-and-set: a second writer blocks on the row lock and then deletes nothing), and a first
 * store inserts under a unique issue id. A loser is told which issues to recompute ({@link
 * ClockRepository#update} retries). This was chosen over serialising each issue through the change
 * queue because recalculation runs and the event worker write the same rows on different nodes, and
 * a queue lease can expire under a slow node: the version check holds whoever writes. The queue's
 * claims still keep two nodes from usually doing the same work.
 *
 * <p>Every read streams (read-only rows, only the named columns); {@code IN} lists hold at most
 * 1000 ids; stores write in bulk, one transaction per 1000 issues.
 */
public final class AoClockRepository implements ClockRepository {
  static final String SUMMARY_COLUMNS =
      "ISSUE_ID,ISSUE_KEY,PROJECT_KEY,POLICY_ID,METRIC_ID,METRIC_NAME,CYCLE_INDEX,STATE,DEADLINE,"
          + "AT_RISK_AT,BREACHED,EVER_BREACHED,AT_RISK,WITHIN_HOURS,ELAPSED_MS,GOAL_MS,"
          + "CONFIG_VERSION,COMPUTED_AT,VERSION";
  private static final int MAX_ROUNDS = 5;

  private final ActiveObjects ao;

  public AoClockRepository(ActiveObjects ao) {
    this.ao = ao;
  }

  @Override
  public Map<Long, Long> versions(Collection<Long> issueIds) {
    Map<Long, Long> versions = new HashMap<>();
    for (List<Long> chunk : Sql.chunks(new TreeSet<>(issueIds))) {
      ao.stream(
          AoIssueClocks.class,
          Query.select("ISSUE_ID,VERSION")
              .where("ISSUE_ID IN (" + Sql.placeholders(chunk.size()) + ")", chunk.toArray()),
          row -> versions.put(row.getIssueId(), row.getVersion()));
    }
    return versions;
  }

  @Override
  public Set<Long> storeAll(Collection<ClockUpdate> updates) {
    Map<Long, ClockUpdate> byIssue = new TreeMap<>();
    for (ClockUpdate update : updates) {
      if (byIssue.put(update.clocks().issueId(), update) != null) {
        throw new IllegalArgumentException(
            "updates: issue " + update.clocks().issueId() + " appears twice");
      }
    }
    Set<Long> conflicts = new TreeSet<>();
    // Ascending issue ids in every chunk, so two bulk writers lock rows in the same order.
    for (List<ClockUpdate> chunk : Sql.chunks(byIssue.values())) {
      conflicts.addAll(storeChunk(chunk));
    }
    return conflicts;
  }

  private Set<Long> storeChunk(List<ClockUpdate> chunk) {
    Set<Long> conflicts = new HashSet<>();
    List<ClockUpdate> pending = chunk;
    for (int round = 1; !pending.isEmpty(); round++) {
      List<ClockUpdate> attempt = pending;
      try {
        ao.executeInTransaction(
            () -> {
              replace(attempt);
              return null;
            });
        return conflicts;
      } catch (RuntimeException e) {
        // Rolled back. Whoever stored first has committed by now (we waited on its locks), so the
        // versions tell which issues were lost; the rest of the chunk is tried again.
        Map<Long, Long> current = versions(ids(attempt));
        List<ClockUpdate> stale = new ArrayList<>();
        List<ClockUpdate> fresh = new ArrayList<>();
        for (ClockUpdate update : attempt) {
          long stored = current.getOrDefault(update.clocks().issueId(), 0L);
          (stored == update.expectedVersion() ? fresh : stale).add(update);
        }
        if (stale.isEmpty() && !(e instanceof VersionConflict)) {
          throw e;
        }
        if (round == MAX_ROUNDS) {
          conflicts.addAll(ids(attempt));
          return conflicts;
        }
        conflicts.addAll(ids(stale));
        pending = fresh;
      }
    }
    return conflicts;
  }

  /** Within one transaction: compare-and-delete the issue rows, then write the new rows. */
  private void replace(List<ClockUpdate> updates) {
    Map<Long, List<Long>> byExpectedVersion = new TreeMap<>();
    for (ClockUpdate update : updates) {
      if (update.expectedVersion() > 0) {
        byExpectedVersion
            .computeIfAbsent(update.expectedVersion(), v -> new ArrayList<>())
            .add(update.clocks().issueId());
      }
    }
    for (Map.Entry<Long, List<Long>> group : byExpectedVersion.entrySet()) {
      List<Long> ids = group.getValue();
      int deleted =
          ao.deleteWithSQL(
              AoIssueClocks.class,
              "VERSION = ? AND ISSUE_ID IN (" + Sql.placeholders(ids.size()) + ")",
              Sql.params(ids, group.getKey()));
      if (deleted != ids.size()) {
        throw new VersionConflict();
      }
    }
    List<Long> ids = ids(updates);
    ao.deleteWithSQL(
        AoClock.class, "ISSUE_ID IN (" + Sql.placeholders(ids.size()) + ")", ids.toArray());

    List<Map<String, Object>> issueRows = new ArrayList<>(updates.size());
    List<Map<String, Object>> clockRows = new ArrayList<>(updates.size() * 3);
    for (ClockUpdate update : updates) {
      IssueClocks issue = update.clocks();
      long version = update.expectedVersion() + 1;
      issueRows.add(issueRow(issue, version));
      for (SlaClock clock : issue.clocks()) {
        clockRows.add(clockRow(issue, clock, version));
      }
    }
    // A first store of an issue that another writer also stored first fails here on ISSUE_ID.
    ao.create(AoIssueClocks.class, issueRows);
    if (!clockRows.isEmpty()) {
      ao.create(AoClock.class, clockRows);
    }
  }

  private static Map<String, Object> issueRow(IssueClocks issue, long version) {
    Map<String, Object> row = new HashMap<>();
    row.put("ISSUE_ID", issue.issueId());
    row.put("ISSUE_KEY", issue.issueKey());
    row.put("PROJECT_KEY", issue.projectKey());
    row.put("CONFIG_VERSION", issue.configVersion());
    row.put("COMPUTED_AT", issue.computedAt().toEpochMilli());
    row.put("VERSION", version);
    return row;
  }

  private static Map<String, Object> clockRow(IssueClocks issue, SlaClock clock, long version) {
    StoredClock summary = StoredClock.of(issue, clock, version);
    Map<String, Object> row = new HashMap<>();
    row.put("ISSUE_ID", summary.issueId());
    row.put("ISSUE_KEY", summary.issueKey());
    row.put("PROJECT_KEY", summary.projectKey());
    row.put("POLICY_ID", summary.policyId());
    row.put("METRIC_ID", summary.metricId());
    row.put("METRIC_NAME", summary.metricName());
    row.put("CYCLE_INDEX", summary.cycleIndex());
    row.put("STATE", summary.state().name());
    row.put("DEADLINE", millis(summary.deadline()));
    row.put("AT_RISK_AT", millis(summary.atRiskAt()));
    row.put("BREACHED", summary.breached());
    row.put("EVER_BREACHED", summary.everBreached());
    row.put("AT_RISK", summary.atRisk());
    row.put("WITHIN_HOURS", summary.withinCalendarHours());
    row.put("ELAPSED_MS", summary.elapsed().toMillis());
    row.put("GOAL_MS", summary.goal() == null ? null : summary.goal().toMillis());
    row.put("CONFIG_VERSION", summary.configVersion());
    row.put("COMPUTED_AT", summary.computedAt().toEpochMilli());
    row.put("VERSION", version);
    row.put("CYCLES", CyclesJson.write(StoredSlaClock.of(clock).cycles()));
    return row;
  }

  @Override
  public void delete(Collection<Long> issueIds) {
    for (List<Long> chunk : Sql.chunks(new TreeSet<>(issueIds))) {
      String in = "ISSUE_ID IN (" + Sql.placeholders(chunk.size()) + ")";
      ao.executeInTransaction(
          () -> {
            ao.deleteWithSQL(AoIssueClocks.class, in, chunk.toArray());
            ao.deleteWithSQL(AoClock.class, in, chunk.toArray());
            return null;
          });
    }
  }

  @Override
  public Map<Long, StoredIssueClocks> loadAll(Collection<Long> issueIds) {
    Map<Long, StoredIssueClocks> loaded = new LinkedHashMap<>();
    for (List<Long> chunk : Sql.chunks(new TreeSet<>(issueIds))) {
      List<Long> missing = chunk;
      // The issue rows and the clock rows are two statements; a store landing in between shows as
      // clock rows of another version, and those issues are read again.
      for (int round = 1; !missing.isEmpty(); round++) {
        missing = loadChunk(missing, loaded, round == MAX_ROUNDS);
      }
    }
    return loaded;
  }

  private List<Long> loadChunk(
      List<Long> ids, Map<Long, StoredIssueClocks> loaded, boolean lastRound) {
    String in = "ISSUE_ID IN (" + Sql.placeholders(ids.size()) + ")";
    Map<Long, AoIssueClocksRow> issues = new HashMap<>();
    ao.stream(
        AoIssueClocks.class,
        Query.select("ISSUE_ID,ISSUE_KEY,PROJECT_KEY,CONFIG_VERSION,COMPUTED_AT,VERSION")
            .where(in, ids.toArray()),
        row ->
            issues.put(
                row.getIssueId(),
                new AoIssueClocksRow(
                    row.getIssueKey(),
                    row.getProjectKey(),
                    row.getConfigVersion(),
                    row.getComputedAt(),
                    row.getVersion())));
    Map<Long, List<StoredSlaClock>> clocks = new HashMap<>();
    Set<Long> torn = new HashSet<>();
    ao.stream(
        AoClock.class,
        Query.select("ISSUE_ID,POLICY_ID,METRIC_ID,METRIC_NAME,WITHIN_HOURS,VERSION,CYCLES")
            .where(in, ids.toArray()),
        row -> {
          AoIssueClocksRow issue = issues.get(row.getIssueId());
          if (issue == null || issue.version() != row.getVersion()) {
            torn.add(row.getIssueId());
            return;
          }
          clocks
              .computeIfAbsent(row.getIssueId(), id -> new ArrayList<>())
              .add(
                  new StoredSlaClock(
                      row.getPolicyId(),
                      row.getMetricId(),
                      nullToEmpty(row.getMetricName()),
                      CyclesJson.read(row.getCycles()),
                      row.isWithinHours()));
        });
    if (!torn.isEmpty() && !lastRound) {
      return new ArrayList<>(torn);
    }
    for (long id : ids) {
      AoIssueClocksRow issue = issues.get(id);
      if (issue == null || torn.contains(id) && lastRound) {
        continue;
      }
      List<StoredSlaClock> list = clocks.getOrDefault(id, new ArrayList<>());
      list.sort(Comparator.comparing(StoredSlaClock::metricId));
      loaded.put(
          id,
          new StoredIssueClocks(
              id,
              issue.issueKey(),
              issue.projectKey(),
              issue.configVersion(),
              Instant.ofEpochMilli(issue.computedAt()),
              issue.version(),
              list));
    }
    return List.of();
  }

  private record AoIssueClocksRow(
      String issueKey, String projectKey, long configVersion, long computedAt, long version) {}

  @Override
  public List<StoredClock> summaries(long issueId) {
    List<StoredClock> summaries = new ArrayList<>();
    ao.stream(
        AoClock.class,
        Query.select(SUMMARY_COLUMNS).where("ISSUE_ID = ?", issueId).order("METRIC_ID"),
        row -> summaries.add(summary(row)));
    return summaries;
  }

  @Override
  public List<StoredClock> findDue(Instant beforeExclusive, int limit) {
    List<StoredClock> due = new ArrayList<>(Math.min(limit, 1024));
    ao.stream(
        AoClock.class,
        Query.select(SUMMARY_COLUMNS)
            .where(
                "STATE = ? AND DEADLINE < ?",
                ClockState.RUNNING.name(),
                beforeExclusive.toEpochMilli())
            .order("DEADLINE")
            .limit(limit),
        row -> due.add(summary(row)));
    return due;
  }

  @Override
  public void forEachIssueId(Flag flag, String metricId, LongConsumer sink) {
    String column =
        switch (flag) {
          case BREACHED -> "BREACHED";
          case EVER_BREACHED -> "EVER_BREACHED";
          case AT_RISK -> "AT_RISK";
        };
    Query query = Query.select("ISSUE_ID").distinct().order("ISSUE_ID");
    if (metricId == null) {
      query.where(column + " = ?", true);
    } else {
      query.where(column + " = ? AND METRIC_ID = ?", true, metricId);
    }
    ao.stream(AoClock.class, query, row -> sink.accept(row.getIssueId()));
  }

  static StoredClock summary(AoClock row) {
    Long goal = row.getGoalMs();
    return new StoredClock(
        row.getIssueId(),
        row.getIssueKey(),
        row.getProjectKey(),
        row.getPolicyId(),
        row.getMetricId(),
        nullToEmpty(row.getMetricName()),
        row.getCycleIndex(),
        ClockState.valueOf(row.getState()),
        instant(row.getDeadline()),
        instant(row.getAtRiskAt()),
        row.isBreached(),
        row.isEverBreached(),
        row.isAtRisk(),
        row.isWithinHours(),
        Duration.ofMillis(row.getElapsedMs()),
        goal == null ? null : Duration.ofMillis(goal),
        row.getConfigVersion(),
        Instant.ofEpochMilli(row.getComputedAt()),
        row.getVersion());
  }

  private static List<Long> ids(List<ClockUpdate> updates) {
    return updates.stream().map(u -> u.clocks().issueId()).collect(Collectors.toList());
  }

  private static Long millis(Instant instant) {
    return instant == null ? null : instant.toEpochMilli();
  }

  private static Instant instant(Long millis) {
    return millis == null ? null : Instant.ofEpochMilli(millis);
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  /** A compare-and-delete found fewer rows than expected: another writer stored first. */
  private static final class VersionConflict extends RuntimeException {
    VersionConflict() {
      super("another writer stored some of these issues first", null, false, false);
    }
  }
}
