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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import org.slaclocks.clock.ClockFacts;
import org.slaclocks.clock.ClockState;
import org.slaclocks.jira.persistence.AoClockRepository;
import org.slaclocks.jira.persistence.CyclesJson;
import org.slaclocks.jira.persistence.GatheredIds;
import org.slaclocks.query.CalendarGoal;
import org.slaclocks.query.ClockCondition;
import org.slaclocks.query.ClockQueries;
import org.slaclocks.tracking.ClockRepository.Stored;
import org.slaclocks.tracking.ClockUpdate;
import org.slaclocks.tracking.IssueClocks;
import org.slaclocks.tracking.StoredClock;

/**
 * The same reads and writes as the AO clock repository, hand-written in plain JDBC on the same
 * tables (model version 3) and producing the same objects: the yardstick the repository is measured
 * against. As {@link ClockQueries} it answers the same planned conditions with its own SQL text, so
 * both sides run the same question planning.
 */
final class JdbcClocks implements ClockQueries {
  static final String[] CLOCK_COLUMNS = {
    "ISSUE_ID",
    "POLICY_ID",
    "METRIC_ID",
    "CYCLE_INDEX",
    "STATE",
    "CALENDAR",
    "GOAL_MS",
    "ELAPSED_MS",
    "ELAPSED_AT",
    "ZERO_AT",
    "BREACH_AT",
    "AT_RISK_AT",
    "FIRST_BREACH_AT",
    "COMPLETED_CYCLES",
    "VERSION",
    "CONTENT_HASH",
    "CYCLES",
    "POLICY_HASH"
  };
  static final String[] ISSUE_COLUMNS = {
    "ISSUE_ID",
    "ISSUE_KEY",
    "PROJECT_KEY",
    "CONFIG_VERSION",
    "COMPUTED_AT",
    "CLOCK_COUNT",
    "VERSION"
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

  private String q(String identifier) {
    return q(identifier, quote);
  }

  private String columns(String... names) {
    List<String> quoted = new ArrayList<>();
    for (String name : names) {
      quoted.add(q(name));
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

  // ---- questions ----

  @Override
  public Set<CalendarGoal> openGoals(String metricId) {
    Set<CalendarGoal> goals = new HashSet<>();
    String sql =
        "SELECT DISTINCT "
            + columns("CALENDAR", "GOAL_MS")
            + " FROM "
            + clockTable
            + " WHERE "
            + q("METRIC_ID")
            + " = ? AND "
            + q("STATE")
            + " IN (?,?)";
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      s.setString(1, metricId);
      s.setString(2, ClockState.RUNNING.name());
      s.setString(3, ClockState.PAUSED.name());
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          String calendar = rows.getString(1);
          long goal = rows.getLong(2);
          if (calendar != null && !rows.wasNull()) {
            goals.add(new CalendarGoal(calendar, Duration.ofMillis(goal)));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return goals;
  }

  /** The SELECT the condition becomes, and its parameters. */
  record Select(String sql, List<Object> params) {}

  Select select(ClockCondition condition) {
    return select(condition, true);
  }

  /** {@code ordered}: distinct ids in ascending order; else every matching row's id. */
  Select select(ClockCondition condition, boolean ordered) {
    StringBuilder where = new StringBuilder();
    List<Object> params = new ArrayList<>();
    where(condition, where, params);
    return new Select(
        (ordered ? "SELECT DISTINCT " : "SELECT ")
            + q("ISSUE_ID")
            + " FROM "
            + clockTable
            + " WHERE "
            + where
            + (ordered ? " ORDER BY " + q("ISSUE_ID") : ""),
        params);
  }

  /** The same work as the repository: one range query per alternative, ids merged in memory. */
  @Override
  public void forEachIssueId(ClockCondition condition, LongConsumer sink) {
    List<ClockCondition> alternatives = AoClockRepository.alternatives(condition);
    if (alternatives.size() == 1) {
      run(select(condition, true), sink);
      return;
    }
    GatheredIds ids = new GatheredIds();
    for (ClockCondition alternative : alternatives) {
      run(select(alternative, false), ids);
    }
    ids.forEachDistinct(sink);
  }

  private void run(Select select, LongConsumer sink) {
    try (PreparedStatement s = connection.prepareStatement(select.sql())) {
      bind(s, select.params());
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          sink.accept(rows.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whole-millisecond values only (what the benchmark asks); AO's translation also rounds. */
  private void where(ClockCondition condition, StringBuilder sql, List<Object> params) {
    if (condition instanceof ClockCondition.Compare c) {
      sql.append(q(column(c.column()))).append(' ').append(c.op().sql()).append(" ?");
      params.add(value(c.value()));
    } else if (condition instanceof ClockCondition.In in) {
      sql.append(q(column(in.column()))).append(in.negated() ? " NOT IN (" : " IN (");
      sql.append(placeholders(in.values().size())).append(')');
      for (Object v : in.values()) {
        params.add(value(v));
      }
    } else if (condition instanceof ClockCondition.All all) {
      join(all.parts(), " AND ", sql, params);
    } else if (condition instanceof ClockCondition.Any any) {
      join(any.parts(), " OR ", sql, params);
    }
  }

  private void join(List<ClockCondition> parts, String op, StringBuilder sql, List<Object> params) {
    sql.append('(');
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        sql.append(op);
      }
      where(parts.get(i), sql, params);
    }
    sql.append(')');
  }

  private static String column(org.slaclocks.query.ClockColumn column) {
    return switch (column) {
      case GOAL -> "GOAL_MS";
      case ELAPSED -> "ELAPSED_MS";
      default -> column.name();
    };
  }

  private static Object value(Object value) {
    if (value instanceof Instant i) {
      return i.toEpochMilli();
    }
    if (value instanceof Duration d) {
      return d.toMillis();
    }
    if (value instanceof ClockState s) {
      return s.name();
    }
    return value;
  }

  // ---- loads ----

  /** All clocks of at most 1000 issues: the issue rows, then the clock rows. */
  Map<Long, Stored> loadAll(List<Long> issueIds) throws SQLException {
    String in = q("ISSUE_ID") + " IN (" + placeholders(issueIds.size()) + ")";
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
                rows.getInt(6),
                rows.getLong(7)
              });
        }
      }
    }
    Map<Long, List<ClockFacts>> clocks = new HashMap<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT "
                + columns("ISSUE_ID", "POLICY_ID", "METRIC_ID", "VERSION", "CYCLES")
                + " FROM "
                + clockTable
                + " WHERE "
                + in)) {
      bind(statement, issueIds);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          clocks
              .computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
              .add(CyclesJson.read(rows.getString(2), rows.getString(3), rows.getString(5)));
        }
      }
    }
    Map<Long, Stored> loaded = new TreeMap<>();
    for (Map.Entry<Long, Object[]> issue : issues.entrySet()) {
      Object[] v = issue.getValue();
      List<ClockFacts> list = clocks.getOrDefault(issue.getKey(), new ArrayList<>());
      if (list.size() != (Integer) v[4]) {
        throw new IllegalStateException("torn read of issue " + issue.getKey());
      }
      list.sort(Comparator.comparing(ClockFacts::metricId).thenComparing(ClockFacts::policyId));
      loaded.put(
          issue.getKey(),
          new Stored(
              new IssueClocks(
                  issue.getKey(),
                  (String) v[0],
                  (String) v[1],
                  (Long) v[2],
                  Instant.ofEpochMilli((Long) v[3]),
                  list),
              (Long) v[5]));
    }
    return loaded;
  }

  private static void bind(PreparedStatement statement, Collection<?> values) throws SQLException {
    int i = 1;
    for (Object value : values) {
      statement.setObject(i++, value);
    }
  }

  // ---- stores ----

  /**
   * A store by hand without the skip-unchanged rule: per 1000 issues one transaction that deletes
   * the issue rows at their expected versions, deletes the old clock rows and inserts the new rows
   * in batches. Returns the number of clock rows written.
   */
  int storeAll(List<ClockUpdate> updates, org.slaclocks.clock.Calendars calendars)
      throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    int written = 0;
    try {
      for (int from = 0; from < updates.size(); from += 1000) {
        List<ClockUpdate> chunk = updates.subList(from, Math.min(updates.size(), from + 1000));
        written += storeChunk(chunk, calendars);
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

  private int storeChunk(List<ClockUpdate> chunk, org.slaclocks.clock.Calendars calendars)
      throws SQLException {
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
                  + q("VERSION")
                  + " = ? AND "
                  + q("ISSUE_ID")
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
                + q("ISSUE_ID")
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
        bindIssue(issues, issue, version);
        issues.addBatch();
        for (ClockFacts clock : issue.clocks()) {
          bindClock(
              clocks,
              StoredClock.of(issue.issueId(), clock, calendars),
              CyclesJson.write(clock),
              version);
          clocks.addBatch();
          written++;
        }
      }
      issues.executeBatch();
      clocks.executeBatch();
    }
    return written;
  }

  static void bindIssue(PreparedStatement s, IssueClocks issue, long version) throws SQLException {
    s.setLong(1, issue.issueId());
    s.setString(2, issue.issueKey());
    s.setString(3, issue.projectKey());
    s.setLong(4, issue.configVersion());
    s.setLong(5, issue.computedAt().toEpochMilli());
    s.setInt(6, issue.clocks().size());
    s.setLong(7, version);
  }

  static void bindClock(PreparedStatement s, StoredClock clock, String cycles, long version)
      throws SQLException {
    s.setLong(1, clock.issueId());
    s.setString(2, clock.policyId());
    s.setString(3, clock.metricId());
    s.setInt(4, clock.cycleIndex());
    s.setString(5, clock.state().name());
    s.setString(6, clock.calendar());
    setLong(s, 7, clock.goal() == null ? null : clock.goal().toMillis());
    s.setLong(8, clock.elapsed().toMillis());
    setLong(s, 9, millis(clock.elapsedAt()));
    setLong(s, 10, millis(clock.zeroAt()));
    setLong(s, 11, millis(clock.breachAt()));
    setLong(s, 12, millis(clock.atRiskAt()));
    setLong(s, 13, millis(clock.firstBreachAt()));
    s.setInt(14, clock.completedCycles());
    s.setLong(15, version);
    s.setLong(
        16,
        org.slaclocks.jira.persistence.ContentHash.of(
            clock.policyId(), clock.metricId(), millis(clock.zeroAt()), cycles));
    s.setString(17, cycles);
    s.setLong(18, org.slaclocks.jira.persistence.PolicyHash.of(clock.policyId()));
  }

  private static Long millis(Instant instant) {
    return instant == null ? null : instant.toEpochMilli();
  }

  private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
    if (value == null) {
      s.setNull(index, Types.BIGINT);
    } else {
      s.setLong(index, value);
    }
  }
}
