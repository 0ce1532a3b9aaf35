package org.slaclocks.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.slaclocks.jira.persistence.AoClock;
import org.slaclocks.jira.persistence.AoIssueClocks;
import org.slaclocks.jira.persistence.AoTestDatabase;
import org.slaclocks.jira.persistence.AoTriggerSchedule;
import org.slaclocks.jira.persistence.Database;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.tracking.TriggerSchedule;
import org.slaclocks.tracking.TriggerSchedule.DueClock;

/**
 * The due scan of reminders and escalations ({@link AoTriggerSchedule#due}) on a clock table of a
 * million rows: 70 % of the clocks have a next trigger, spread evenly from an hour before now to 30
 * days after it (about a thousand due now), the others none (stopped clocks, metrics without
 * rules). Measured: the first page of 100 due clocks, a page in the middle of the due ones (after a
 * cursor), and the whole pass in pages of 100. Run by hand from the project directory:
 *
 * <pre>
 * mvn -B -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar org.slaclocks.benchmarks.DueScanAtScale \
 *     [--db postgresql,mariadb] [--issues 250000] [--iterations 50]
 * </pre>
 *
 * The databases are found as the persistence tests find them (SLA_TEST_* variables); the tables get
 * a prefix of their own and are dropped at the end.
 */
public final class DueScanAtScale {
  private static final Instant NOW = PersistenceAtScale.NOW;
  private static final int PAGE = 100;
  private static final Duration WARM_UP = Duration.ofSeconds(5);
  private static final long SPREAD_MS = Duration.ofDays(30).plusHours(1).toMillis();

  private final AoTestDatabase db;
  private final Connection jdbc;
  private final SlaConfiguration config;
  private final int issues;
  private final int iterations;
  private final TriggerSchedule schedule;
  private final String quote;
  private final List<String> report = new ArrayList<>();

  private DueScanAtScale(
      AoTestDatabase db, Connection jdbc, SlaConfiguration config, int issues, int iterations) {
    this.db = db;
    this.jdbc = jdbc;
    this.config = config;
    this.issues = issues;
    this.iterations = iterations;
    this.schedule = new AoTriggerSchedule(db.activeObjects());
    this.quote = db.database() == Database.MARIADB ? "`" : "\"";
  }

  public static void main(String[] args) throws Exception {
    AtScaleArguments arguments = AtScaleArguments.parse(args, 250_000, "--iterations", 50);
    SlaConfiguration config = AtScaleArguments.helpdeskPolicies();
    AtScaleArguments.printMachine();
    for (Database database : arguments.databases()) {
      try (AoTestDatabase db = AoTestDatabase.open(database);
          Connection jdbc = db.connection()) {
        DueScanAtScale run =
            new DueScanAtScale(db, jdbc, config, arguments.issues(), arguments.count());
        run.run();
        run.report.forEach(System.out::println);
      }
    }
  }

  private String table() {
    return quote + db.tableName(AoClock.class) + quote;
  }

  private String column(String name) {
    return quote + name + quote;
  }

  private void run() throws Exception {
    String version = jdbc.getMetaData().getDatabaseProductVersion();
    report.add("");
    report.add("### " + db.database().displayName() + " (" + version + ")");
    long fill = PersistenceAtScale.time(this::fill);
    int rows = count("1 = 1");
    int due = count(column("NEXT_TRIGGER_AT") + " <= " + NOW.toEpochMilli());
    report.add(
        String.format(
            "Filled %,d clock rows (%,d with a next trigger, %,d due now) in %.1f s, then"
                + " analysed.",
            rows, count(column("NEXT_TRIGGER_AT") + " IS NOT NULL"), due, fill / 1e9));
    report.add("");
    report.add("| operation | clocks read | median (p90) | goal |");
    report.add("|---|---:|---:|---|");
    List<DueClock> all = pass();
    PersistenceAtScale.check(all.size() == due, "a pass read " + all.size() + " of " + due);
    measure(
        "first page of 100 due clocks",
        PAGE,
        () -> schedule.due(NOW, null, PAGE).size(),
        "< 10 ms");
    DueClock middle = all.get(all.size() / 2);
    measure(
        "a page of 100 after a cursor half-way",
        Math.min(PAGE, all.size() - all.size() / 2 - 1),
        () -> schedule.due(NOW, middle, PAGE).size(),
        "< 10 ms");
    measure("a whole pass, pages of 100", due, () -> pass().size(), "none (shows the pass)");
    report.add("");
    report.add("Median (p90) of " + iterations + " runs after warming up.");
    explain("first page", List.of(NOW.toEpochMilli()));
    explain(
        "after a cursor",
        List.of(
            middle.next().toEpochMilli(),
            NOW.toEpochMilli(),
            middle.next().toEpochMilli(),
            middle.clockId()));
  }

  private List<DueClock> pass() {
    List<DueClock> all = new ArrayList<>();
    DueClock after = null;
    for (List<DueClock> page = schedule.due(NOW, null, PAGE);
        !page.isEmpty();
        page = schedule.due(NOW, after, PAGE)) {
      all.addAll(page);
      after = page.get(page.size() - 1);
    }
    return all;
  }

  /**
   * The million rows of {@link PersistenceAtScale}, then the triggers by one UPDATE: 70 % of the
   * rows (by id) get a next trigger spread evenly over [now - 1h, now + 30d).
   */
  private void fill() throws Exception {
    JdbcClocks hand =
        new JdbcClocks(jdbc, db.tableName(AoClock.class), db.tableName(AoIssueClocks.class), quote);
    PersistenceAtScale.fillTables(db, hand, new BenchmarkClocks(config, NOW), config, issues);
    long start = NOW.minus(Duration.ofHours(1)).toEpochMilli();
    String id = column("ID");
    try (Statement s = jdbc.createStatement()) {
      s.execute(
          "UPDATE "
              + table()
              + " SET "
              + column("TRIGGER_ARMING")
              + " = '0123456789abcdef', "
              + column("TRIGGERS_FROM")
              + " = "
              + start
              + ", "
              + column("NEXT_TRIGGER_AT")
              + " = "
              + start
              + " + MOD("
              + id
              + " * 7919, "
              + SPREAD_MS / 1000
              + ") * 1000 WHERE MOD("
              + id
              + ", 10) < 7");
      s.execute(
          (db.database() == Database.POSTGRESQL ? "VACUUM ANALYZE " : "ANALYZE TABLE ") + table());
    }
  }

  private int count(String where) throws SQLException {
    try (Statement s = jdbc.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table() + " WHERE " + where)) {
      r.next();
      return r.getInt(1);
    }
  }

  private void measure(String operation, int expected, Callable<Integer> work, String goal)
      throws Exception {
    long warmUntil = System.nanoTime() + WARM_UP.toNanos();
    for (int i = 0; i < 300 && (i < 10 || System.nanoTime() < warmUntil); i++) {
      int read = work.call();
      PersistenceAtScale.check(read == expected, operation + ": read " + read + " of " + expected);
    }
    long[] times = new long[iterations];
    for (int i = 0; i < iterations; i++) {
      times[i] = PersistenceAtScale.time(work);
    }
    Arrays.sort(times);
    int p90 = (int) Math.ceil(iterations * 0.9) - 1;
    report.add(
        String.format(
            "| %s | %,d | %.2f ms (%.2f) | %s |",
            operation, expected, times[iterations / 2] / 1e6, times[p90] / 1e6, goal));
  }

  /** The plan of the statement AO sends for {@link AoTriggerSchedule#due}. */
  private void explain(String name, List<Long> params) throws SQLException {
    String next = column("NEXT_TRIGGER_AT");
    String where =
        params.size() == 1
            ? next + " <= ?"
            : next
                + " >= ? AND "
                + next
                + " <= ? AND ("
                + next
                + " > ? OR "
                + column("ID")
                + " > ?)";
    String sql =
        "SELECT "
            + String.join(
                ",",
                column("ID"),
                column("ISSUE_ID"),
                column("METRIC_ID"),
                next,
                column("TRIGGERS_FROM"))
            + " FROM "
            + table()
            + " WHERE "
            + where
            + " ORDER BY "
            + next
            + ", "
            + column("ID")
            + " LIMIT "
            + PAGE;
    report.add("");
    report.add("#### " + db.database().displayName() + ": " + name);
    report.add("");
    report.add("    " + shortened(sql));
    try (PreparedStatement s = jdbc.prepareStatement("EXPLAIN " + sql)) {
      for (int i = 0; i < params.size(); i++) {
        s.setLong(i + 1, params.get(i));
      }
      try (ResultSet r = s.executeQuery()) {
        int columns = r.getMetaData().getColumnCount();
        while (r.next()) {
          List<String> cells = new ArrayList<>();
          for (int c = 1; c <= columns; c++) {
            cells.add(String.valueOf(r.getString(c)));
          }
          report.add("    " + shortened(String.join(" | ", cells)));
        }
      }
    }
  }

  private String shortened(String text) {
    return text.replace(db.prefix(), "AO_…_")
        .replace(db.prefix().toLowerCase(Locale.ROOT), "ao_…_");
  }
}
