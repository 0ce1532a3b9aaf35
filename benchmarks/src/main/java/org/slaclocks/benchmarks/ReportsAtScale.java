package org.slaclocks.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import net.java.ao.RawEntity;
import org.slaclocks.calendar.BusinessCalendar;
import org.slaclocks.clock.ClockEvent;
import org.slaclocks.clock.ClockFacts;
import org.slaclocks.clock.CycleFacts;
import org.slaclocks.clock.Goal;
import org.slaclocks.clock.Pause;
import org.slaclocks.jira.persistence.AoClock;
import org.slaclocks.jira.persistence.AoClockRepository;
import org.slaclocks.jira.persistence.AoCycle;
import org.slaclocks.jira.persistence.AoCycleField;
import org.slaclocks.jira.persistence.AoCycleLine;
import org.slaclocks.jira.persistence.AoCycleSum;
import org.slaclocks.jira.persistence.AoIssueClocks;
import org.slaclocks.jira.persistence.AoReportSource;
import org.slaclocks.jira.persistence.AoTestDatabase;
import org.slaclocks.jira.persistence.CycleRows;
import org.slaclocks.jira.persistence.CycleSumsUpgrade;
import org.slaclocks.jira.persistence.CyclesJson;
import org.slaclocks.jira.persistence.Database;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.query.Exclusions;
import org.slaclocks.report.Dimension;
import org.slaclocks.report.Period;
import org.slaclocks.report.ReportScope;
import org.slaclocks.tracking.ClockUpdate;
import org.slaclocks.tracking.IssueClocks;
import org.slaclocks.tracking.StoredClock;

/**
 * The report questions of issue 13 over the cycle rows of a million clocks ({@link AoReportSource}
 * on {@link AoCycle} and {@link AoCycleField}): 250,000 helpdesk issues created evenly over the
 * year before now, each with the sample's four metrics (first response, next responses: zero to
 * three cycles, resolution, and an engineering OLA on one issue in ten), priorities Highest 5 %,
 * High 20 %, Medium 55 %, Low 20 %, an Organization (Acme Corp, the VIP policy's customer, 10 %;
 * 200 other customers, a few large; none 5 %) and a Region that picks the calendar. About one cycle
 * in ten breaches; the cycles of the last days are still open. The rows are those the clock store
 * writes ({@link CycleRows#plan}), with the clocks' own rows beside them, filled by JDBC batch.
 * Measured through the AO source: a year's compliance by priority and by the customer field, the
 * weekly trend, the heat map, the first 20 about to breach. Run by hand from the project directory:
 *
 * <pre>
 * mvn -B -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar org.slaclocks.benchmarks.ReportsAtScale \
 *     [--db postgresql,mariadb] [--issues 250000] [--iterations 10]
 * </pre>
 *
 * The databases are found as the persistence tests find them (SLA_TEST_* variables); the tables get
 * a prefix of their own and are dropped at the end.
 */
public final class ReportsAtScale {
  static final Instant NOW = PersistenceAtScale.NOW;
  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  static final Period YEAR =
      Period.ofDays(LocalDate.of(2025, 3, 16), LocalDate.of(2026, 3, 16), ZONE);
  private static final long YEAR_MS = Duration.ofDays(365).toMillis();
  private static final String[] PRIORITIES = {"Highest", "High", "Medium", "Low"};
  private static final int[] PRIORITY_PERCENT = {5, 20, 55, 20};
  private static final List<String> ORDER =
      List.of(
          "vip/first-response",
          "vip/next-response",
          "vip/resolution",
          "vip/engineering-ola",
          "standard/first-response",
          "standard/next-response",
          "standard/resolution",
          "standard/engineering-ola");
  private static final Duration WARM_UP = Duration.ofSeconds(5);
  private static final String[] CYCLE_COLUMNS = {
    "ISSUE_ID",
    "ISSUE_KEY",
    "PROJECT_KEY",
    "POLICY_ID",
    "METRIC_ID",
    "LINE_HASH",
    "CYCLE_INDEX",
    "CYCLE_COUNT",
    "STATE",
    "START_AT",
    "STOP_AT",
    "DECIDED_AT",
    "ELAPSED_MS",
    "ELAPSED_AT",
    "ZERO_AT",
    "BREACH_AT",
    "AT_RISK_AT",
    "BREACH_DAY",
    "BREACH_HOUR",
    "GOAL_MS",
    "INTERNAL_MS",
    "GOAL_LABEL",
    "CALENDAR",
    "ZONE",
    "CONTENT_HASH",
    "MET_AT_RISK",
    "PREV_DECIDED_AT",
    "HAS_PREV"
  };
  private static final String[] FIELD_COLUMNS = {
    "ISSUE_ID",
    "PROJECT_KEY",
    "LINE_HASH",
    "CYCLE_INDEX",
    "CYCLE_COUNT",
    "FIELD",
    "STATE",
    "START_AT",
    "STOP_AT",
    "DECIDED_AT",
    "AT_RISK_AT",
    "MET_AT_RISK",
    "PREV_DECIDED_AT",
    "HAS_PREV"
  };
  private static final String[] LINE_COLUMNS = {
    "LINE_HASH", "POLICY_ID", "METRIC_ID", "FIELD", "FIELD_VALUE"
  };
  private static final Set<String> TEXT =
      Set.of(
          "ISSUE_KEY",
          "PROJECT_KEY",
          "POLICY_ID",
          "METRIC_ID",
          "STATE",
          "GOAL_LABEL",
          "CALENDAR",
          "ZONE",
          "FIELD",
          "FIELD_VALUE");
  private static final Set<String> INTS =
      Set.of("CYCLE_INDEX", "CYCLE_COUNT", "BREACH_DAY", "BREACH_HOUR", "MET_AT_RISK", "HAS_PREV");

  private final AoTestDatabase db;
  private final Connection jdbc;
  private final SlaConfiguration config;
  private final int issues;
  private final int iterations;
  private final String quote;
  private final AoReportSource source;
  private final List<String> report = new ArrayList<>();

  private ReportsAtScale(
      AoTestDatabase db, Connection jdbc, SlaConfiguration config, int issues, int iterations) {
    this.db = db;
    this.jdbc = jdbc;
    this.config = config;
    this.issues = issues;
    this.iterations = iterations;
    this.quote = db.database() == Database.MARIADB ? "`" : "\"";
    this.source =
        new AoReportSource(
            db.activeObjects(),
            new AoClockRepository(db.activeObjects(), config::calendar),
            config::calendar,
            Clock.fixed(NOW, ZoneOffset.UTC),
            () -> Exclusions.NONE);
  }

  public static void main(String[] args) throws Exception {
    AtScaleArguments arguments = AtScaleArguments.parse(args, 250_000, "--iterations", 10);
    SlaConfiguration config = AtScaleArguments.helpdeskPolicies();
    AtScaleArguments.printMachine();
    for (Database database : arguments.databases()) {
      AoTestDatabase db = AoTestDatabase.open(database);
      try (Connection jdbc = db.connection()) {
        ReportsAtScale run =
            new ReportsAtScale(db, jdbc, config, arguments.issues(), arguments.count());
        run.run();
        run.report.forEach(System.out::println);
      } finally {
        // -Dsla.keep=true leaves the tables, to read the statements' plans afterwards
        if (Boolean.getBoolean("sla.keep")) {
          System.out.println("Tables kept: " + db.tableName(AoCycle.class));
        } else {
          db.close();
        }
      }
    }
  }

  private String q(String name) {
    return quote + name + quote;
  }

  private String table(Class<? extends RawEntity<?>> type) {
    return q(db.tableName(type));
  }

  private void run() throws Exception {
    String version = jdbc.getMetaData().getDatabaseProductVersion();
    report.add("");
    report.add("### " + db.database().displayName() + " (" + version + ")");
    long fill = PersistenceAtScale.time(this::fill);
    report.add(
        String.format(
            "Filled %,d clocks, %,d cycle rows (%,d open) and %,d field rows in %.0f s, then"
                + " analysed.",
            count(AoClock.class, "1 = 1"),
            count(AoCycle.class, "1 = 1"),
            count(AoCycle.class, q("STOP_AT") + " IS NULL"),
            count(AoCycleField.class, "1 = 1"),
            fill / 1e9));
    long sums = PersistenceAtScale.time(this::fillSums);
    report.add(
        String.format(
            "The upgrade to model version 7 (CycleSumsUpgrade.fill) wrote %,d monthly sums in %.1f"
                + " s.",
            count(AoCycleSum.class, "1 = 1"), sums / 1e9));
    for (Class<? extends RawEntity<?>> type :
        List.of(AoCycle.class, AoCycleField.class, AoCycleLine.class, AoCycleSum.class)) {
      report.add(size(type));
    }
    report.add("");
    report.add("| question | lines | median (p90) | goal |");
    report.add("|---|---:|---:|---|");
    ReportScope help = ReportScope.projects(Set.of("HELP"));
    measure(
        "a year's compliance by priority",
        () -> source.compliance(help, YEAR, Dimension.field("priority"), ORDER).size());
    measure(
        "a year's compliance by Organization",
        () -> source.compliance(help, YEAR, Dimension.field("Organization"), ORDER).size());
    measure(
        "a year's compliance, one line a metric",
        () -> source.compliance(help, YEAR, Dimension.NONE, ORDER).size());
    measure("a year's weekly trend", () -> source.trend(help, YEAR, ZONE, ORDER).size());
    measure(
        "a year's heat map",
        () -> {
          var map = source.heatMap(help, YEAR);
          int n = 0;
          for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            for (int h = 0; h < 24; h++) {
              n += map.count(day, h);
            }
          }
          return n;
        });
    measure("about to breach, first 20", () -> source.aboutToBreach(help, NOW, 20).size());
    var vip = config.policies().stream().filter(p -> p.id().equals("vip")).findFirst().get();
    Period february = Period.ofDays(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1), ZONE);
    measure(
        "Acme Corp's statement for February (breaches listed)",
        () -> source.statement(help, vip, "Acme Corp", february).breaches().size(),
        "none");
    measure(
        "the customers of a policy with credits over the year (the statement page's list)",
        () -> source.customers(help, vip, YEAR).size(),
        "none");
    report.add("");
    report.add("Median (p90) of " + iterations + " runs after warming up.");
  }

  // ---- the data ----

  /** One issue's clocks and its report fields at each cycle's start (they do not change here). */
  record Generated(IssueClocks clocks, Map<String, List<Map<String, String>>> fields) {}

  Generated issue(long id) {
    SplittableRandom r = new SplittableRandom(id * 1_000_003L);
    Instant created = NOW.minusMillis(r.nextLong(YEAR_MS));
    int p = r.nextInt(100);
    int i = 0;
    for (int sum = PRIORITY_PERCENT[0]; p >= sum; sum += PRIORITY_PERCENT[++i]) {}
    String priority = PRIORITIES[i];
    double c = r.nextDouble();
    String org =
        c < 0.10
            ? "Acme Corp"
            : c < 0.95
                ? String.format("Customer %03d", 1 + (int) (200 * Math.pow(r.nextDouble(), 3)))
                : null;
    String region = r.nextInt(10) < 6 ? "EMEA" : "Americas";
    String policy = "Acme Corp".equals(org) ? "vip" : "standard";
    String office = region.equals("EMEA") ? "EMEA office" : "Americas office";
    boolean urgent = priority.equals("Highest");
    Map<String, String> values = new HashMap<>();
    values.put("priority", priority);
    values.put("Region", region);
    if (org != null) {
      values.put("Organization", org);
    }
    List<ClockFacts> clocks = new ArrayList<>();
    Map<String, List<Map<String, String>>> fields = new LinkedHashMap<>();
    String calendar = urgent && policy.equals("vip") ? "24/7" : office;
    // first response
    List<CycleFacts> first =
        List.of(cycle(1, created, hours(urgent ? 4 : 8), hours(urgent ? 2 : 6), calendar, r));
    // next responses: zero to three, each a day or so after the one before
    List<CycleFacts> next = new ArrayList<>();
    Instant at = created.plus(Duration.ofHours(20));
    for (int n = r.nextInt(4); n > 0 && at.isBefore(NOW); n--) {
      CycleFacts cycle = cycle(next.size() + 1, at, hours(8), null, office, r);
      next.add(cycle);
      if (cycle.stop() == null) {
        break;
      }
      at = cycle.stop().plus(Duration.ofHours(4 + r.nextInt(40)));
    }
    List<CycleFacts> resolution =
        List.of(cycle(1, created, hours(urgent ? 32 : 80), hours(urgent ? 24 : 60), calendar, r));
    List<CycleFacts> ola = new ArrayList<>();
    Instant escalated = created.plus(Duration.ofHours(30));
    if (r.nextInt(10) == 0 && escalated.isBefore(NOW)) {
      ola.add(cycle(1, escalated, hours(32), null, "EMEA office", r));
    }
    Map<String, List<CycleFacts>> metrics = new LinkedHashMap<>();
    metrics.put("first-response", first);
    metrics.put("next-response", next);
    metrics.put("resolution", resolution);
    metrics.put("engineering-ola", ola);
    metrics.forEach(
        (metric, cycles) -> {
          clocks.add(new ClockFacts(policy, metric, "Time to " + metric, cycles));
          fields.put(metric, cycles.stream().map(x -> values).toList());
        });
    return new Generated(new IssueClocks(id, "HELP-" + id, "HELP", 1, NOW, clocks), fields);
  }

  private static Duration hours(int h) {
    return Duration.ofHours(h);
  }

  /**
   * A cycle from {@code start}: its working time drawn (about one in ten past the goal), stopped
   * where the calendar reaches it, or still open at now (four in five running, the others paused).
   */
  private CycleFacts cycle(
      int index,
      Instant start,
      Duration target,
      Duration internal,
      String calendarName,
      SplittableRandom r) {
    BusinessCalendar calendar = config.calendar(calendarName);
    Goal goal = new Goal(target, internal, calendarName, "goal " + target.toHours() + "h");
    double share = r.nextInt(10) == 0 ? 1.02 + r.nextDouble() * 0.6 : r.nextDouble() * 0.97;
    Duration elapsed = Duration.ofMillis((long) (target.toMillis() * share));
    Instant stop = calendar.deadline(start, elapsed);
    Instant breachAt = calendar.deadline(start, target);
    Instant atRiskAt = internal == null ? null : calendar.deadline(start, internal);
    List<ClockEvent> events = new ArrayList<>();
    events.add(new ClockEvent(start, ClockEvent.Type.START, "issue created"));
    if (stop.isBefore(NOW)) {
      events.add(new ClockEvent(stop, ClockEvent.Type.STOP, "resolved"));
      return new CycleFacts(
          index,
          start,
          stop,
          goal,
          elapsed,
          stop,
          breachAt.isBefore(stop) ? breachAt : null,
          atRiskAt != null && atRiskAt.isBefore(stop) ? atRiskAt : null,
          List.of(),
          events);
    }
    if (r.nextInt(5) == 0) {
      // paused since a moment after its start, waiting for the customer
      Instant pausedAt = start.plus(Duration.between(start, NOW).dividedBy(3));
      Duration counted = calendar.workingTime(start, pausedAt);
      return new CycleFacts(
          index,
          start,
          null,
          goal,
          counted,
          pausedAt,
          counted.compareTo(target) >= 0 ? breachAt : null,
          atRiskAt != null && counted.compareTo(internal) >= 0 ? atRiskAt : null,
          List.of(new Pause(Pause.Kind.CONDITION, pausedAt, null, "status Waiting for customer")),
          events);
    }
    return new CycleFacts(
        index, start, null, goal, Duration.ZERO, start, breachAt, atRiskAt, List.of(), events);
  }

  /** The clocks, the issues and the cycle rows by JDBC batch, then ANALYZE. */
  private void fill() throws Exception {
    JdbcClocks hand =
        new JdbcClocks(jdbc, db.tableName(AoClock.class), db.tableName(AoIssueClocks.class), quote);
    CycleRows planner = new CycleRows(db.activeObjects(), config::calendar);
    Properties props = new Properties();
    props.setProperty("user", db.database().user());
    props.setProperty("password", db.database().password());
    props.setProperty("reWriteBatchedInserts", "true"); // PostgreSQL; MariaDB batches by itself
    try (Connection c = DriverManager.getConnection(db.database().url(), props)) {
      c.setAutoCommit(false);
      try (PreparedStatement issueRows = c.prepareStatement(hand.insertIssueSql());
          PreparedStatement clockRows = c.prepareStatement(hand.insertClockSql());
          PreparedStatement cycleRows = c.prepareStatement(insert(AoCycle.class, CYCLE_COLUMNS));
          PreparedStatement fieldRows =
              c.prepareStatement(insert(AoCycleField.class, FIELD_COLUMNS));
          PreparedStatement lineRows =
              c.prepareStatement(insert(AoCycleLine.class, LINE_COLUMNS))) {
        Set<Long> named = new HashSet<>();
        for (long id = 1; id <= issues; id++) {
          Generated g = issue(id);
          IssueClocks issue = g.clocks();
          JdbcClocks.bindIssue(issueRows, issue, 1);
          issueRows.addBatch();
          for (ClockFacts clock : issue.clocks()) {
            JdbcClocks.bindClock(
                clockRows, StoredClock.of(id, clock, config::calendar), CyclesJson.write(clock), 1);
            clockRows.addBatch();
          }
          CycleRows.Planned planned = planner.plan(new ClockUpdate(issue, 0, Map.of(), g.fields()));
          for (Map<String, Object> row : planned.cycles()) {
            bind(cycleRows, CYCLE_COLUMNS, row);
          }
          for (Map<String, Object> row : planned.fields()) {
            bind(fieldRows, FIELD_COLUMNS, row);
          }
          for (Map.Entry<Long, Map<String, Object>> line : planned.lines().entrySet()) {
            if (named.add(line.getKey())) {
              bind(lineRows, LINE_COLUMNS, line.getValue());
            }
          }
          if (id % 1000 == 0 || id == issues) {
            issueRows.executeBatch();
            clockRows.executeBatch();
            cycleRows.executeBatch();
            fieldRows.executeBatch();
            lineRows.executeBatch();
            c.commit();
          }
        }
      }
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        List<Class<? extends RawEntity<?>>> tables =
            List.of(
                AoClock.class,
                AoIssueClocks.class,
                AoCycle.class,
                AoCycleField.class,
                AoCycleLine.class);
        for (Class<? extends RawEntity<?>> type : tables) {
          s.execute(
              (db.database() == Database.POSTGRESQL ? "VACUUM ANALYZE " : "ANALYZE TABLE ")
                  + table(type));
        }
      }
    }
  }

  /** The monthly sums as the upgrade to model version 7 writes them from the rows, analysed. */
  private void fillSums() throws Exception {
    CycleSumsUpgrade.fill(db.activeObjects());
    try (Statement s = jdbc.createStatement()) {
      s.execute(
          (db.database() == Database.POSTGRESQL ? "VACUUM ANALYZE " : "ANALYZE TABLE ")
              + table(AoCycleSum.class));
    }
  }

  private String insert(Class<? extends RawEntity<?>> type, String[] columns) {
    StringBuilder sql = new StringBuilder("INSERT INTO " + table(type) + " (");
    for (int i = 0; i < columns.length; i++) {
      sql.append(i == 0 ? "" : ",").append(q(columns[i]));
    }
    sql.append(") VALUES (").append("?,".repeat(columns.length - 1)).append("?)");
    return sql.toString();
  }

  private static void bind(PreparedStatement s, String[] columns, Map<String, Object> row)
      throws SQLException {
    for (int i = 0; i < columns.length; i++) {
      Object value = row.get(columns[i]);
      int type =
          TEXT.contains(columns[i])
              ? Types.VARCHAR
              : INTS.contains(columns[i]) ? Types.INTEGER : Types.BIGINT;
      if (value == null) {
        s.setNull(i + 1, type);
      } else {
        s.setObject(i + 1, value, type);
      }
    }
    s.addBatch();
  }

  /** The table's data and index sizes as the database reports them. */
  private String size(Class<? extends RawEntity<?>> type) throws SQLException {
    String name = db.tableName(type);
    String sql =
        db.database() == Database.POSTGRESQL
            ? "SELECT pg_table_size('" + q(name) + "'), pg_indexes_size('" + q(name) + "')"
            : "SELECT DATA_LENGTH, INDEX_LENGTH FROM information_schema.TABLES WHERE TABLE_SCHEMA ="
                + " DATABASE() AND TABLE_NAME = '"
                + name
                + "'";
    try (Statement s = jdbc.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return String.format(
          "- %s: data %,d MB, indexes %,d MB", name, r.getLong(1) >> 20, r.getLong(2) >> 20);
    }
  }

  private int count(Class<? extends RawEntity<?>> type, String where) throws SQLException {
    try (Statement s = jdbc.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table(type) + " WHERE " + where)) {
      r.next();
      return r.getInt(1);
    }
  }

  private void measure(String question, Callable<Integer> work) throws Exception {
    measure(question, work, "< 1 s");
  }

  private void measure(String question, Callable<Integer> work, String goal) throws Exception {
    int lines = work.call();
    long warmUntil = System.nanoTime() + WARM_UP.toNanos();
    for (int i = 0; i < 20 && (i < 2 || System.nanoTime() < warmUntil); i++) {
      work.call();
    }
    long[] times = new long[iterations];
    for (int i = 0; i < iterations; i++) {
      times[i] = PersistenceAtScale.time(work);
    }
    Arrays.sort(times);
    int p90 = (int) Math.ceil(iterations * 0.9) - 1;
    report.add(
        String.format(
            Locale.ROOT,
            "| %s | %,d | %.0f ms (%.0f) | %s |",
            question,
            lines,
            times[iterations / 2] / 1e6,
            times[p90] / 1e6,
            goal));
  }
}
