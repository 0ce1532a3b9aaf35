package org.slaclocks.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import org.slaclocks.clock.ClockState;
import org.slaclocks.clock.SlaClock;
import org.slaclocks.jira.persistence.CyclesJson;
import org.slaclocks.tracking.ClockUpdate;
import org.slaclocks.tracking.IssueClocks;
import org.slaclocks.tracking.StoredClock;
import org.slaclocks.tracking.StoredIssueClocks;
import org.slaclocks.tracking.StoredSlaClock;

/**
 * The same reads and writes as the AO clock repository, hand-written in plain JDBC on the same
 * tables and producing the same objects: the yardstick the repository is measured against.
 */
final class JdbcClocks {
  static final String[] CLOCK_COLUMNS = {
    "ISSUE_ID", "PROJECT_KEY", "POLICY_ID", "METRIC_ID", "CYCLE_INDEX", "STATE", "DEADLINE",
    "AT_RISK_AT", "BREACHED", "EVER_BREACHED", "AT_RISK", "WITHIN_HOURS", "ELAPSED_MS", "GOAL_MS",
    "VERSION", "CYCLES"
  };
  static final String[] ISSUE_COLUMNS = {
    "ISSUE_ID", "ISSUE_KEY", "PROJECT_KEY", "CONFIG_VERSION", "COMPUTED_AT", "VERSION"
  };

  private final Connection connection;
  private final String clockTable;
  private final String issueTable;
  private final String quote;

  JdbcClocks(Connection connection, String clockTable, String issueTable, String quote) {
    this.connection = connection;
    this.clockTable = q(clockTable, quote);
    this.issueTable = q(issueTable, quote);
    this.quote = quote;
  }

  String clockTableName() {
    return clockTable;
  }

  String issueTableName() {
    return issueTable;
  }

  private static String q(String identifier, String quote) {
    return quote + identifier + quote;
  }

  private String columns(String... names) {
    List<String> quoted = new ArrayList<>();
    for (String name : names) {
      quoted.add(q(name, quote));
    }
    return String.join(",", quoted);
  }

  private static String placeholders(int n) {
    return String.join(",", java.util.Collections.nCopies(n, "?"));
  }

  String insertClockSql() {
    return "INSERT INTO "
        + clockTable
        + " ("
        + columns(CLOCK_COLUMNS)
        + ") VALUES ("
        + placeholders(CLOCK_COLUMNS.length)
        + ")";
  }

  String insertIssueSql() {
    return "INSERT INTO "
        + issueTable
        + " ("
        + columns(ISSUE_COLUMNS)
        + ") VALUES ("
        + placeholders(ISSUE_COLUMNS.length)
        + ")";
  }

  String dueSql() {
    return "SELECT "
        + columns(summaryColumns())
        + " FROM "
        + clockTable
        + " WHERE "
        + q("STATE", quote)
        + " = ? AND "
        + q("DEADLINE", quote)
        + " < ? ORDER BY "
        + q("DEADLINE", quote)
        + " LIMIT ?";
  }

  String breachedSql() {
    return "SELECT DISTINCT "
        + q("ISSUE_ID", quote)
        + " FROM "
        + clockTable
        + " WHERE "
        + q("EVER_BREACHED", quote)
        + " = ? AND "
        + q("BREACHED", quote)
        + " = ? ORDER BY "
        + q("ISSUE_ID", quote);
  }

  private static String[] summaryColumns() {
    return java.util.Arrays.copyOf(CLOCK_COLUMNS, CLOCK_COLUMNS.length - 1);
  }

  List<StoredClock> findDue(Instant before, int limit) throws SQLException {
    List<StoredClock> due = new ArrayList<>(limit);
    try (PreparedStatement statement = connection.prepareStatement(dueSql())) {
      statement.setString(1, ClockState.RUNNING.name());
      statement.setLong(2, before.toEpochMilli());
      statement.setInt(3, limit);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          due.add(summary(rows));
        }
      }
    }
    return due;
  }

  private static StoredClock summary(ResultSet row) throws SQLException {
    long deadline = row.getLong("DEADLINE");
    boolean noDeadline = row.wasNull();
    long atRiskAt = row.getLong("AT_RISK_AT");
    boolean noAtRisk = row.wasNull();
    long goal = row.getLong("GOAL_MS");
    boolean noGoal = row.wasNull();
    return new StoredClock(
        row.getLong("ISSUE_ID"),
        row.getString("PROJECT_KEY"),
        row.getString("POLICY_ID"),
        row.getString("METRIC_ID"),
        row.getInt("CYCLE_INDEX"),
        ClockState.valueOf(row.getString("STATE")),
        noDeadline ? null : Instant.ofEpochMilli(deadline),
        noAtRisk ? null : Instant.ofEpochMilli(atRiskAt),
        row.getBoolean("BREACHED"),
        row.getBoolean("EVER_BREACHED"),
        row.getBoolean("AT_RISK"),
        row.getBoolean("WITHIN_HOURS"),
        Duration.ofMillis(row.getLong("ELAPSED_MS")),
        noGoal ? null : Duration.ofMillis(goal),
        row.getLong("VERSION"));
  }

  void forEachBreachedIssueId(LongConsumer sink) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(breachedSql())) {
      statement.setBoolean(1, true);
      statement.setBoolean(2, true);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          sink.accept(rows.getLong(1));
        }
      }
    }
  }

  /** All clocks of at most 1000 issues: the issue rows, then the clock rows. */
  Map<Long, StoredIssueClocks> loadAll(List<Long> issueIds) throws SQLException {
    String in = q("ISSUE_ID", quote) + " IN (" + placeholders(issueIds.size()) + ")";
    Map<Long, Object[]> issues = new HashMap<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT " + columns(ISSUE_COLUMNS) + " FROM " + issueTable + " WHERE " + in)) {
      bind(statement, issueIds);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          issues.put(
              rows.getLong(1),
              new Object[] {
                rows.getString(2),
                rows.getString(3),
                rows.getLong(4),
                rows.getLong(5),
                rows.getLong(6)
              });
        }
      }
    }
    Map<Long, List<StoredSlaClock>> clocks = new HashMap<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT "
                + columns("ISSUE_ID", "POLICY_ID", "METRIC_ID", "WITHIN_HOURS", "VERSION", "CYCLES")
                + " FROM "
                + clockTable
                + " WHERE "
                + in)) {
      bind(statement, issueIds);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          CyclesJson.Contents contents = CyclesJson.read(rows.getString(6));
          clocks
              .computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
              .add(
                  new StoredSlaClock(
                      rows.getString(2),
                      rows.getString(3),
                      contents.metricName(),
                      contents.cycles(),
                      rows.getBoolean(4)));
        }
      }
    }
    Map<Long, StoredIssueClocks> loaded = new TreeMap<>();
    for (Map.Entry<Long, Object[]> issue : issues.entrySet()) {
      Object[] v = issue.getValue();
      List<StoredSlaClock> list = clocks.getOrDefault(issue.getKey(), new ArrayList<>());
      list.sort(java.util.Comparator.comparing(StoredSlaClock::metricId));
      loaded.put(
          issue.getKey(),
          new StoredIssueClocks(
              issue.getKey(),
              (String) v[0],
              (String) v[1],
              (Long) v[2],
              Instant.ofEpochMilli((Long) v[3]),
              (Long) v[4],
              list));
    }
    return loaded;
  }

  private static void bind(PreparedStatement statement, Collection<?> values) throws SQLException {
    int i = 1;
    for (Object value : values) {
      statement.setObject(i++, value);
    }
  }

  /**
   * What {@code AoClockRepository.storeAll} does, by hand: per 1000 issues one transaction that
   * deletes the issue rows at their expected versions, deletes the old clock rows and inserts the
   * new rows in batches. Returns the number of clock rows written.
   */
  int storeAll(List<ClockUpdate> updates) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    int written = 0;
    try {
      for (int from = 0; from < updates.size(); from += 1000) {
        List<ClockUpdate> chunk = updates.subList(from, Math.min(updates.size(), from + 1000));
        written += storeChunk(chunk);
        connection.commit();
      }
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
    return written;
  }

  private int storeChunk(List<ClockUpdate> chunk) throws SQLException {
    Map<Long, List<Long>> byVersion = new TreeMap<>();
    List<Long> ids = new ArrayList<>();
    for (ClockUpdate update : chunk) {
      ids.add(update.clocks().issueId());
      if (update.expectedVersion() > 0) {
        byVersion
            .computeIfAbsent(update.expectedVersion(), v -> new ArrayList<>())
            .add(update.clocks().issueId());
      }
    }
    for (Map.Entry<Long, List<Long>> group : byVersion.entrySet()) {
      try (PreparedStatement delete =
          connection.prepareStatement(
              "DELETE FROM "
                  + issueTable
                  + " WHERE "
                  + q("VERSION", quote)
                  + " = ? AND "
                  + q("ISSUE_ID", quote)
                  + " IN ("
                  + placeholders(group.getValue().size())
                  + ")")) {
        delete.setLong(1, group.getKey());
        int i = 2;
        for (long id : group.getValue()) {
          delete.setLong(i++, id);
        }
        if (delete.executeUpdate() != group.getValue().size()) {
          throw new IllegalStateException("version conflict");
        }
      }
    }
    try (PreparedStatement delete =
        connection.prepareStatement(
            "DELETE FROM "
                + clockTable
                + " WHERE "
                + q("ISSUE_ID", quote)
                + " IN ("
                + placeholders(ids.size())
                + ")")) {
      bind(delete, ids);
      delete.executeUpdate();
    }
    int written = 0;
    try (PreparedStatement issues = connection.prepareStatement(insertIssueSql());
        PreparedStatement clocks = connection.prepareStatement(insertClockSql())) {
      for (ClockUpdate update : chunk) {
        IssueClocks issue = update.clocks();
        long version = update.expectedVersion() + 1;
        issues.setLong(1, issue.issueId());
        issues.setString(2, issue.issueKey());
        issues.setString(3, issue.projectKey());
        issues.setLong(4, issue.configVersion());
        issues.setLong(5, issue.computedAt().toEpochMilli());
        issues.setLong(6, version);
        issues.addBatch();
        for (SlaClock clock : issue.clocks()) {
          bindClock(
              clocks,
              StoredClock.of(issue, clock, version),
              CyclesJson.write(clock.metricName(), StoredSlaClock.of(clock).cycles()));
          clocks.addBatch();
          written++;
        }
      }
      issues.executeBatch();
      clocks.executeBatch();
    }
    return written;
  }

  static void bindClock(PreparedStatement statement, StoredClock clock, String cycles)
      throws SQLException {
    statement.setLong(1, clock.issueId());
    statement.setString(2, clock.projectKey());
    statement.setString(3, clock.policyId());
    statement.setString(4, clock.metricId());
    statement.setInt(5, clock.cycleIndex());
    statement.setString(6, clock.state().name());
    setInstant(statement, 7, clock.deadline());
    setInstant(statement, 8, clock.atRiskAt());
    statement.setBoolean(9, clock.breached());
    statement.setBoolean(10, clock.everBreached());
    statement.setBoolean(11, clock.atRisk());
    statement.setBoolean(12, clock.withinCalendarHours());
    statement.setLong(13, clock.elapsed().toMillis());
    if (clock.goal() == null) {
      statement.setNull(14, Types.BIGINT);
    } else {
      statement.setLong(14, clock.goal().toMillis());
    }
    statement.setLong(15, clock.version());
    statement.setString(16, cycles);
  }

  private static void setInstant(PreparedStatement statement, int index, Instant instant)
      throws SQLException {
    if (instant == null) {
      statement.setNull(index, Types.BIGINT);
    } else {
      statement.setLong(index, instant.toEpochMilli());
    }
  }
}
