package org.slaclocks.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
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
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.Callable;
import org.slaclocks.calendar.BusinessCalendar;
import org.slaclocks.clock.ClockEvent;
import org.slaclocks.clock.ClockState;
import org.slaclocks.clock.Cycle;
import org.slaclocks.clock.Goal;
import org.slaclocks.clock.Pause;
import org.slaclocks.clock.SlaClock;
import org.slaclocks.jira.persistence.AoClock;
import org.slaclocks.jira.persistence.AoClockRepository;
import org.slaclocks.jira.persistence.AoIssueClocks;
import org.slaclocks.jira.persistence.AoTestDatabase;
import org.slaclocks.jira.persistence.CyclesJson;
import org.slaclocks.jira.persistence.Database;
import org.slaclocks.tracking.ClockRepository;
import org.slaclocks.tracking.ClockUpdate;
import org.slaclocks.tracking.IssueClocks;
import org.slaclocks.tracking.StoredClock;
import org.slaclocks.tracking.StoredSlaClock;

/**
 * The persistence goals of docs/performance.md, measured: on a clock table of a million rows, the
 * AO repository beside hand-written JDBC doing the same work in the same run. Run by hand (it fills
 * each database with a million rows; it is not part of {@code mvn verify}):
 *
 * <pre>
 * mvn -B -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar org.slaclocks.benchmarks.PersistenceAtScale \
 *     [--db postgresql,mariadb] [--rows 1000000] [--iterations 30]
 * </pre>
 *
 * The databases are found as the persistence tests find them (SLA_TEST_* variables); the tables get
 * a prefix of their own and are dropped at the end.
 */
public final class PersistenceAtScale {
  private static final String[] METRICS = {"first-response", "next-response", "resolution", "ola"};
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final int DUE_ROWS = 500;
  private static final int LOAD_ISSUES = 1000;
  private static final int STORE_CLOCKS = 100_000;
  private static final Duration WARM_UP = Duration.ofSeconds(20);

  private final AoTestDatabase db;
  private final Connection jdbc;
  private final JdbcClocks hand;
  private final ClockRepository repository;
  private final int rows;
  private final int iterations;
  private final int issues;
  private final List<String> report = new ArrayList<>();

  private PersistenceAtScale(AoTestDatabase db, Connection jdbc, int rows, int iterations) {
    this.db = db;
    this.jdbc = jdbc;
    this.rows = rows;
    this.iterations = iterations;
    this.issues = rows / METRICS.length;
    String quote = db.database() == Database.MARIADB ? "`" : "\"";
    this.hand =
        new JdbcClocks(jdbc, db.tableName(AoClock.class), db.tableName(AoIssueClocks.class), quote);
    this.repository = new AoClockRepository(db.activeObjects());
  }

  public static void main(String[] args) throws Exception {
    List<Database> databases = List.of(Database.POSTGRESQL, Database.MARIADB);
    int rows = 1_000_000;
    int iterations = 30;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--db" ->
            databases =
                Arrays.stream(args[++i].split(","))
                    .map(name -> Database.valueOf(name.trim().toUpperCase(Locale.ROOT)))
                    .toList();
        case "--rows" -> rows = Integer.parseInt(args[++i]);
        case "--iterations" -> iterations = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    System.out.printf(
        "java %s, %d cores, max heap %d MiB%n",
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    for (Database database : databases) {
      try (AoTestDatabase db = AoTestDatabase.open(database);
          Connection jdbc = db.connection()) {
        PersistenceAtScale run = new PersistenceAtScale(db, jdbc, rows, iterations);
        run.run();
        run.report.forEach(System.out::println);
      }
    }
  }

  private void run() throws Exception {
    String version = jdbc.getMetaData().getDatabaseProductVersion();
    report.add("");
    report.add("### " + db.database().displayName() + " (" + version + ")");
    long fill = time(this::fill);
    report.add(
        String.format(
            "Filled %,d clock rows of %,d issues by JDBC batch in %.1f s, then analysed.",
            rows, issues, fill / 1e9));
    report.add("");
    report.add("| operation | rows | AO median (p90) | JDBC median (p90) | AO/JDBC | goal |");
    report.add("|---|---:|---:|---:|---:|---|");
    dueScan();
    breachedIds();
    loadIssues();
    bulkStore();
    plans();
  }

  // ---- the data ----

  private static SlaClock template(ClockState state) {
    BusinessCalendar calendar = BusinessCalendar.twentyFourSeven("24/7");
    Goal goal = new Goal(Duration.ofHours(8), Duration.ofHours(6), calendar, "priority High");
    boolean open = state == ClockState.RUNNING || state == ClockState.PAUSED;
    List<ClockEvent> timeline = new ArrayList<>();
    timeline.add(new ClockEvent(T0, ClockEvent.Type.START, "issue created"));
    List<Pause> pauses = new ArrayList<>();
    if (state == ClockState.PAUSED) {
      pauses.add(new Pause(Pause.Kind.CONDITION, T0.plusSeconds(600), null, "status Waiting"));
      timeline.add(new ClockEvent(T0.plusSeconds(600), ClockEvent.Type.PAUSE, "status Waiting"));
    }
    if (!open) {
      timeline.add(new ClockEvent(T0.plusSeconds(3600), ClockEvent.Type.STOP, "resolved"));
    }
    List<Cycle> cycles =
        state == ClockState.NOT_STARTED
            ? List.of()
            : List.of(
                new Cycle(
                    0,
                    T0,
                    open ? null : T0.plusSeconds(3600),
                    goal,
                    state,
                    Duration.ofMinutes(42),
                    Duration.ofMinutes(438),
                    state == ClockState.RUNNING ? T0.plus(Duration.ofHours(8)) : null,
                    state == ClockState.BREACHED ? T0.plusSeconds(1800) : null,
                    null,
                    pauses,
                    timeline));
    return new SlaClock("support", "resolution", "Time to resolution", cycles, true);
  }

  private void fill() throws SQLException {
    Map<ClockState, String> documents = new java.util.EnumMap<>(ClockState.class);
    for (ClockState state : ClockState.values()) {
      documents.put(
          state,
          CyclesJson.write("Time to resolution", StoredSlaClock.of(template(state)).cycles()));
    }
    Random random = new Random(42);
    Properties props = new Properties();
    props.setProperty("user", db.database().user());
    props.setProperty("password", db.database().password());
    props.setProperty("reWriteBatchedInserts", "true"); // PostgreSQL; MariaDB batches by itself
    try (Connection c = DriverManager.getConnection(db.database().url(), props)) {
      c.setAutoCommit(false);
      try (PreparedStatement issueRows = c.prepareStatement(hand.insertIssueSql());
          PreparedStatement clockRows = c.prepareStatement(hand.insertClockSql())) {
        for (long issue = 1; issue <= issues; issue++) {
          issueRows.setLong(1, issue);
          issueRows.setString(2, "HELP-" + issue);
          issueRows.setString(3, "HELP");
          issueRows.setLong(4, 1);
          issueRows.setLong(5, T0.toEpochMilli());
          issueRows.setLong(6, 1);
          issueRows.addBatch();
          for (int m = 0; m < METRICS.length; m++) {
            ClockState state;
            boolean breached = m == 2 && issue % 25 == 0; // 10,000 issues per million rows
            double r = random.nextDouble();
            if (breached) {
              state = ClockState.BREACHED;
            } else if (r < 0.40) {
              state = ClockState.RUNNING;
            } else if (r < 0.50) {
              state = ClockState.PAUSED;
            } else if (r < 0.95) {
              state = ClockState.MET;
            } else {
              state = ClockState.NOT_STARTED;
            }
            Instant deadline =
                state == ClockState.RUNNING
                    ? T0.plusMillis((long) (random.nextDouble() * Duration.ofDays(30).toMillis()))
                    : null;
            StoredClock clock =
                new StoredClock(
                    issue,
                    "HELP",
                    "support",
                    METRICS[m],
                    state == ClockState.NOT_STARTED ? -1 : 0,
                    state,
                    deadline,
                    null,
                    breached,
                    breached || (m == 0 && issue % 10 == 0),
                    false,
                    true,
                    Duration.ofMinutes(42),
                    state == ClockState.NOT_STARTED ? null : Duration.ofHours(8),
                    1);
            JdbcClocks.bindClock(clockRows, clock, documents.get(state));
            clockRows.addBatch();
          }
          if (issue % 1250 == 0 || issue == issues) {
            issueRows.executeBatch();
            clockRows.executeBatch();
            c.commit();
          }
        }
      }
      c.commit();
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        for (String table : List.of(hand.clockTableName(), hand.issueTableName())) {
          // PostgreSQL: VACUUM too, as autovacuum would have by the time anyone scans, so that
          // the measurements do not run beside it.
          s.execute(
              (db.database() == Database.POSTGRESQL ? "VACUUM ANALYZE " : "ANALYZE TABLE ")
                  + table);
        }
      }
    }
  }

  // ---- the measurements ----

  private void dueScan() throws Exception {
    Instant before;
    try (PreparedStatement s =
        jdbc.prepareStatement(
            hand.dueSql().replace("LIMIT ?", "LIMIT 1 OFFSET " + (DUE_ROWS - 1)))) {
      s.setString(1, ClockState.RUNNING.name());
      s.setLong(2, Long.MAX_VALUE);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        before = Instant.ofEpochMilli(r.getLong("DEADLINE") + 1);
      }
    }
    check(
        repository.findDue(before, 10_000).equals(hand.findDue(before, 10_000)),
        "due scans differ");
    check(repository.findDue(before, 10_000).size() == DUE_ROWS, "due scan is not 500 rows");
    compare(
        "due before T (reminder scan)",
        DUE_ROWS,
        () -> repository.findDue(before, 10_000).size(),
        () -> hand.findDue(before, 10_000).size(),
        "< 10 ms, ≤ 3× JDBC");
  }

  private void breachedIds() throws Exception {
    compare(
        "breached issue ids (JQL)",
        rows / 100,
        () -> {
          long[] n = {0};
          repository.forEachIssueId(ClockRepository.Flag.BREACHED, null, id -> n[0]++);
          return (int) n[0];
        },
        () -> {
          long[] n = {0};
          hand.forEachBreachedIssueId(id -> n[0]++);
          return (int) n[0];
        },
        "≤ 3× JDBC");
  }

  private void loadIssues() throws Exception {
    Random random = new Random(7);
    List<List<Long>> sets = new ArrayList<>();
    for (int i = 0; i < 2 * iterations + 20; i++) {
      java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
      while (ids.size() < LOAD_ISSUES) {
        ids.add(1 + (long) random.nextInt(issues));
      }
      sets.add(new ArrayList<>(ids));
    }
    check(
        repository.loadAll(sets.get(0)).equals(hand.loadAll(sets.get(0))), "loaded clocks differ");
    int[] next = {0, 0};
    compare(
        "all clocks of 1,000 issues",
        LOAD_ISSUES * METRICS.length,
        () -> repository.loadAll(sets.get(next[0]++ % sets.size())).size() * METRICS.length,
        () -> hand.loadAll(sets.get(next[1]++ % sets.size())).size() * METRICS.length,
        "≤ 3× JDBC");
  }

  private void bulkStore() throws Exception {
    int perRound = STORE_CLOCKS / METRICS.length;
    List<SlaClock> clocks = new ArrayList<>();
    for (int m = 0; m < METRICS.length; m++) {
      SlaClock t = template(m == 3 ? ClockState.PAUSED : ClockState.RUNNING);
      clocks.add(new SlaClock(t.policyId(), METRICS[m], "Time to " + METRICS[m], t.cycles(), true));
    }
    int rounds = 3;
    long[] ao = new long[rounds];
    long[] byHand = new long[rounds];
    for (int round = 0; round < rounds; round++) {
      long first = 1 + (long) round * 2 * perRound;
      List<ClockUpdate> forAo = updates(first, perRound, clocks);
      List<ClockUpdate> forJdbc = updates(first + perRound, perRound, clocks);
      if (round % 2 == 0) {
        ao[round] = time(() -> check(repository.storeAll(forAo).isEmpty(), "conflicts"));
        byHand[round] = time(() -> hand.storeAll(forJdbc));
      } else {
        byHand[round] = time(() -> hand.storeAll(forJdbc));
        ao[round] = time(() -> check(repository.storeAll(forAo).isEmpty(), "conflicts"));
      }
    }
    Arrays.sort(ao);
    Arrays.sort(byHand);
    report.add(
        String.format(
            "| store 100,000 clocks (25,000 issues, replacing) | %,d | %.2f s (%.2f s) | %.2f s"
                + " (%.2f s) | %.1f× | < 10 s |",
            STORE_CLOCKS,
            ao[rounds / 2] / 1e9,
            ao[rounds - 1] / 1e9,
            byHand[rounds / 2] / 1e9,
            byHand[rounds - 1] / 1e9,
            (double) ao[rounds / 2] / byHand[rounds / 2]));
    report.add("");
    report.add(
        "Reads: median (p90) of "
            + iterations
            + " alternating runs, after up to 300 warm-up runs of each (at most 20 s)."
            + " Store: median (worst) of "
            + rounds
            + " alternating rounds, each on other issues.");
  }

  private List<ClockUpdate> updates(long first, int count, List<SlaClock> clocks) {
    List<Long> ids = new ArrayList<>();
    for (long id = first; id < first + count; id++) {
      ids.add(id);
    }
    Map<Long, Long> versions = repository.versions(ids);
    List<ClockUpdate> updates = new ArrayList<>(count);
    for (long id : ids) {
      updates.add(
          new ClockUpdate(
              new IssueClocks(id, "HELP-" + id, "HELP", 2, T0.plusSeconds(60), clocks),
              versions.getOrDefault(id, 0L)));
    }
    return updates;
  }

  private void plans() throws SQLException {
    report.add("");
    report.add("Plans:");
    String explain = "EXPLAIN ";
    for (String sql : List.of(hand.dueSql(), hand.breachedSql())) {
      try (PreparedStatement s = jdbc.prepareStatement(explain + sql)) {
        if (sql.contains("STATE")) {
          s.setString(1, ClockState.RUNNING.name());
          s.setLong(2, T0.plus(Duration.ofHours(1)).toEpochMilli());
          s.setInt(3, DUE_ROWS);
        } else {
          s.setBoolean(1, true);
          s.setBoolean(2, true);
        }
        try (ResultSet r = s.executeQuery()) {
          int columns = r.getMetaData().getColumnCount();
          while (r.next()) {
            List<String> cells = new ArrayList<>();
            for (int i = 1; i <= columns; i++) {
              cells.add(String.valueOf(r.getString(i)));
            }
            report.add("    " + String.join(" | ", cells));
          }
        }
      }
    }
  }

  private void compare(
      String operation,
      int expectedRows,
      Callable<Integer> ao,
      Callable<Integer> byHand,
      String goal)
      throws Exception {
    // Warm up like JMH would: AO's reflective read path needs a few hundred calls before the JIT
    // has compiled it (the first calls are 3-5 times slower than the steady state).
    long warmUntil = System.nanoTime() + WARM_UP.toNanos();
    for (int i = 0; i < 300 && (i < 10 || System.nanoTime() < warmUntil); i++) {
      int aoRows = ao.call();
      int handRows = byHand.call();
      check(aoRows == expectedRows, operation + ": AO read " + aoRows);
      check(handRows == expectedRows, operation + ": JDBC read " + handRows);
    }
    long[] aoTimes = new long[iterations];
    long[] handTimes = new long[iterations];
    for (int i = 0; i < iterations; i++) {
      if (i % 2 == 0) {
        aoTimes[i] = time(ao);
        handTimes[i] = time(byHand);
      } else {
        handTimes[i] = time(byHand);
        aoTimes[i] = time(ao);
      }
    }
    Arrays.sort(aoTimes);
    Arrays.sort(handTimes);
    double aoMedian = aoTimes[iterations / 2] / 1e6;
    double handMedian = handTimes[iterations / 2] / 1e6;
    int p90 = (int) Math.ceil(iterations * 0.9) - 1;
    report.add(
        String.format(
            "| %s | %,d | %.2f ms (%.2f) | %.2f ms (%.2f) | %.1f× | %s |",
            operation,
            expectedRows,
            aoMedian,
            aoTimes[p90] / 1e6,
            handMedian,
            handTimes[p90] / 1e6,
            aoMedian / handMedian,
            goal));
  }

  @FunctionalInterface
  private interface Work {
    void run() throws Exception;
  }

  private static long time(Work work) throws Exception {
    long start = System.nanoTime();
    work.run();
    return System.nanoTime() - start;
  }

  private static long time(Callable<?> work) throws Exception {
    long start = System.nanoTime();
    work.call();
    return System.nanoTime() - start;
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }
}
