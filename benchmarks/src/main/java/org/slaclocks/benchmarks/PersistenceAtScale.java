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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import org.slaclocks.clock.ClockFacts;
import org.slaclocks.jira.persistence.AoClock;
import org.slaclocks.jira.persistence.AoClockRepository;
import org.slaclocks.jira.persistence.AoIssueClocks;
import org.slaclocks.jira.persistence.AoTestDatabase;
import org.slaclocks.jira.persistence.CyclesJson;
import org.slaclocks.jira.persistence.Database;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.query.ClockCondition;
import org.slaclocks.query.ClockQuestion;
import org.slaclocks.query.ClockQuestion.Comparison;
import org.slaclocks.query.ClockQuestions;
import org.slaclocks.query.Exclusions;
import org.slaclocks.tracking.ClockUpdate;
import org.slaclocks.tracking.IssueClocks;
import org.slaclocks.tracking.StoredClock;

/**
 * The persistence goals of docs/performance.md, measured: on a clock table of a million rows, the
 * AO repository beside hand-written JDBC doing the same work in the same run. Run by hand from the
 * project directory (it fills each database with a million rows; it is not part of {@code mvn
 * verify}):
 *
 * <pre>
 * mvn -B -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar org.slaclocks.benchmarks.PersistenceAtScale \
 *     [--db postgresql,mariadb] [--issues 250000] [--iterations 30]
 * </pre>
 *
 * The databases are found as the persistence tests find them (SLA_TEST_* variables); the tables get
 * a prefix of their own and are dropped at the end.
 */
public final class PersistenceAtScale {
  static final Instant NOW = Instant.parse("2026-03-16T10:30:00Z"); // Monday; Amsterdam at work
  private static final int LOAD_ISSUES = 1000;
  private static final int STORE_ISSUES = 25_000; // 100,000 clocks
  private static final Duration WARM_UP = Duration.ofSeconds(8);

  private final AoTestDatabase db;
  private final Connection jdbc;
  private final JdbcClocks hand;
  private final AoClockRepository repository;
  private final SlaConfiguration config;
  private final BenchmarkClocks data;
  private final int issues;
  private final int iterations;
  private final List<String> report = new ArrayList<>();
  private final List<String> plans = new ArrayList<>();

  private PersistenceAtScale(
      AoTestDatabase db, Connection jdbc, SlaConfiguration config, int issues, int iterations) {
    this.db = db;
    this.jdbc = jdbc;
    this.config = config;
    this.issues = issues;
    this.iterations = iterations;
    String quote = db.database() == Database.MARIADB ? "`" : "\"";
    this.hand =
        new JdbcClocks(jdbc, db.tableName(AoClock.class), db.tableName(AoIssueClocks.class), quote);
    this.repository = new AoClockRepository(db.activeObjects(), config::calendar);
    this.data = new BenchmarkClocks(config, NOW);
  }

  public static void main(String[] args) throws Exception {
    AtScaleArguments arguments = AtScaleArguments.parse(args, 250_000, "--iterations", 30);
    List<Database> databases = arguments.databases();
    int issues = arguments.issues();
    int iterations = arguments.count();
    SlaConfiguration config = AtScaleArguments.helpdeskPolicies();
    AtScaleArguments.printMachine();
    for (Database database : databases) {
      try (AoTestDatabase db = AoTestDatabase.open(database);
          Connection jdbc = db.connection()) {
        PersistenceAtScale run = new PersistenceAtScale(db, jdbc, config, issues, iterations);
        run.run();
        run.report.forEach(System.out::println);
        run.plans.forEach(System.out::println);
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
            issues * BenchmarkClocks.METRICS.length, issues, fill / 1e9));
    report.add("");
    report.add("| operation | issues | AO median (p90) | JDBC median (p90) | AO/JDBC | goal |");
    report.add("|---|---:|---:|---:|---:|---|");
    questions();
    loadIssues();
    stores();
  }

  // ---- the data ----

  private void fill() throws SQLException {
    fillTables(db, hand, data, config, issues);
  }

  /**
   * Fills the clock and issue tables with {@code issues} issues of generation 0 by JDBC batch and
   * analyses them, as a database that has served a helpdesk for a while would be: shared by the
   * programs that measure at a million clocks.
   */
  static void fillTables(
      AoTestDatabase db, JdbcClocks hand, BenchmarkClocks data, SlaConfiguration config, int issues)
      throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", db.database().user());
    props.setProperty("password", db.database().password());
    props.setProperty("reWriteBatchedInserts", "true"); // PostgreSQL; MariaDB batches by itself
    try (Connection c = DriverManager.getConnection(db.database().url(), props)) {
      c.setAutoCommit(false);
      try (PreparedStatement issueRows = c.prepareStatement(hand.insertIssueSql());
          PreparedStatement clockRows = c.prepareStatement(hand.insertClockSql())) {
        for (long id = 1; id <= issues; id++) {
          IssueClocks issue = data.issue(id, 0);
          JdbcClocks.bindIssue(issueRows, issue, 1);
          issueRows.addBatch();
          for (ClockFacts clock : issue.clocks()) {
            JdbcClocks.bindClock(
                clockRows, StoredClock.of(id, clock, config::calendar), CyclesJson.write(clock), 1);
            clockRows.addBatch();
          }
          if (id % 1250 == 0 || id == issues) {
            issueRows.executeBatch();
            clockRows.executeBatch();
            c.commit();
          }
        }
      }
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        for (String table : List.of(hand.clockTableName(), hand.issueTableName())) {
          // PostgreSQL: VACUUM too, as autovacuum would have by the time anyone asks, so that the
          // measurements do not run beside it (and index-only scans see an all-visible table).
          s.execute(
              (db.database() == Database.POSTGRESQL ? "VACUUM ANALYZE " : "ANALYZE TABLE ")
                  + table);
        }
      }
    }
  }

  // ---- the measurements ----

  private static Map<String, ClockQuestion.Ask> asks() {
    Map<String, ClockQuestion.Ask> asks = new LinkedHashMap<>();
    asks.put("breached", new ClockQuestion.Breached());
    asks.put("ever breached", new ClockQuestion.EverBreached());
    asks.put("at risk", new ClockQuestion.AtRisk());
    asks.put("running", new ClockQuestion.Running());
    asks.put("paused", new ClockQuestion.Paused());
    asks.put("completed", new ClockQuestion.Completed());
    asks.put("within calendar hours", new ClockQuestion.WithinCalendarHours());
    asks.put("remaining < 2h", new ClockQuestion.Remaining(Comparison.LESS, Duration.ofHours(2)));
    asks.put("elapsed > 4h", new ClockQuestion.Elapsed(Comparison.MORE, Duration.ofHours(4)));
    asks.put(
        "elapsed >= 80%",
        new ClockQuestion.ElapsedPercent(Comparison.AT_LEAST, java.math.BigDecimal.valueOf(80)));
    asks.put(
        "breaching before now+4h",
        new ClockQuestion.BreachingBefore(NOW.plus(Duration.ofHours(4))));
    asks.put(
        "breached between two instants",
        new ClockQuestion.BreachedBetween(
            NOW.minus(Duration.ofDays(7)), NOW.minus(Duration.ofDays(1))));
    return asks;
  }

  private void questions() throws Exception {
    ClockQuestions viaAo = new ClockQuestions(repository);
    ClockQuestions viaJdbc = new ClockQuestions(hand);
    for (Map.Entry<String, ClockQuestion.Ask> ask : asks().entrySet()) {
      ClockQuestion question = ClockQuestion.of(BenchmarkClocks.ASKED, ask.getValue());
      List<Long> ao = ids(viaAo, question);
      List<Long> byHand = ids(viaJdbc, question);
      check(ao.equals(byHand), ask.getKey() + ": AO and JDBC answers differ");
      compare(
          ask.getKey(),
          ao.size(),
          () -> ids(viaAo, question).size(),
          () -> ids(viaJdbc, question).size(),
          "< 20 ms, ≤ 3×");
      explain(ask.getKey(), question);
    }
    ClockQuestion big = ClockQuestion.of("resolution", new ClockQuestion.Completed());
    int n = ids(viaAo, big).size();
    compare(
        "completed, resolution (scale)",
        n,
        () -> ids(viaAo, big).size(),
        () -> ids(viaJdbc, big).size(),
        "none (shows growth with the answer)");
  }

  private List<Long> ids(ClockQuestions questions, ClockQuestion question) {
    List<Long> ids = new ArrayList<>();
    questions.issueIds(question, NOW, config::calendar, Exclusions.NONE, ids::add);
    return ids;
  }

  private void explain(String name, ClockQuestion question) throws SQLException {
    ClockCondition condition =
        ClockQuestions.condition(
            question,
            NOW,
            config::calendar,
            Exclusions.NONE,
            () -> hand.openGoals(question.metricId()));
    List<ClockCondition> alternatives = AoClockRepository.alternatives(condition);
    JdbcClocks.Select select =
        alternatives.size() == 1 ? hand.select(condition) : hand.select(alternatives.get(0), false);
    plans.add("");
    plans.add("#### " + db.database().displayName() + ": " + name);
    plans.add("");
    if (alternatives.size() > 1) {
      plans.add(
          alternatives.size()
              + " statements, one per calendar and goal (ids merged in memory); the first:");
      plans.add("");
    }
    plans.add("    " + shortened(select.sql()));
    try (PreparedStatement s = jdbc.prepareStatement("EXPLAIN " + select.sql())) {
      int i = 1;
      for (Object param : select.params()) {
        s.setObject(i++, param);
      }
      try (ResultSet r = s.executeQuery()) {
        int columns = r.getMetaData().getColumnCount();
        while (r.next()) {
          List<String> cells = new ArrayList<>();
          for (int c = 1; c <= columns; c++) {
            cells.add(String.valueOf(r.getString(c)));
          }
          plans.add("    " + shortened(String.join(" | ", cells)));
        }
      }
    }
  }

  /** Table names and long lists shortened for the document. */
  private String shortened(String text) {
    String t =
        text.replace(db.prefix(), "AO_…_").replace(db.prefix().toLowerCase(Locale.ROOT), "ao_…_");
    return t.length() > 400 ? t.substring(0, 400) + " …" : t;
  }

  private void loadIssues() throws Exception {
    Random random = new Random(7);
    List<List<Long>> sets = new ArrayList<>();
    for (int i = 0; i < 2 * iterations + 20; i++) {
      Set<Long> ids = new LinkedHashSet<>();
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
        LOAD_ISSUES,
        () -> repository.loadAll(sets.get(next[0]++ % sets.size())).size(),
        () -> hand.loadAll(sets.get(next[1]++ % sets.size())).size(),
        "≤ 3×");
  }

  /**
   * Stores of 25,000 issues (100,000 clocks), each round on issues not stored before: every clock
   * changed (AO, and JDBC replacing every row), then a recalculation where 95 % of the issues come
   * out as they are stored (AO).
   */
  private void stores() throws Exception {
    int rounds = 3;
    long[] ao = new long[rounds];
    long[] byHand = new long[rounds];
    long[] recalc = new long[rounds];
    long first = 1;
    for (int round = 0; round < rounds; round++) {
      List<ClockUpdate> forAo = updates(first, STORE_ISSUES, 1.0);
      List<ClockUpdate> forJdbc = updates(first + STORE_ISSUES, STORE_ISSUES, 1.0);
      List<ClockUpdate> recalculation = updates(first + 2L * STORE_ISSUES, STORE_ISSUES, 0.05);
      first += 3L * STORE_ISSUES;
      ao[round] = time(() -> check(repository.storeAll(forAo).isEmpty(), "conflicts"));
      byHand[round] = time(() -> hand.storeAll(forJdbc, config::calendar));
      recalc[round] = time(() -> check(repository.storeAll(recalculation).isEmpty(), "conflicts"));
    }
    Arrays.sort(ao);
    Arrays.sort(byHand);
    Arrays.sort(recalc);
    report.add(
        String.format(
            "| store 100,000 clocks, all changed | 25,000 | %.2f s (worst %.2f) | %.2f s (worst"
                + " %.2f), replacing all | %.1f× | < 10 s |",
            ao[rounds / 2] / 1e9,
            ao[rounds - 1] / 1e9,
            byHand[rounds / 2] / 1e9,
            byHand[rounds - 1] / 1e9,
            (double) ao[rounds / 2] / byHand[rounds / 2]));
    report.add(
        String.format(
            "| store 100,000 clocks, 95 %% unchanged | 25,000 | %.2f s (worst %.2f) | – | – |"
                + " ≥ 5× faster than all changed: %.1f× |",
            recalc[rounds / 2] / 1e9,
            recalc[rounds - 1] / 1e9,
            (double) ao[rounds / 2] / recalc[rounds / 2]));
    report.add("");
    report.add(
        "Reads: median (p90) of "
            + iterations
            + " alternating runs after warming up (up to 300 runs or "
            + WARM_UP.toSeconds()
            + " s each). Stores: median (worst) of "
            + rounds
            + " rounds, each on issues not stored before.");
  }

  /** Updates of {@code count} issues from {@code first}; {@code changed} of them get new clocks. */
  private List<ClockUpdate> updates(long first, int count, double changed) {
    List<Long> ids = new ArrayList<>();
    for (long id = first; id < first + count; id++) {
      ids.add(id);
    }
    Map<Long, Long> versions = repository.versions(ids);
    List<ClockUpdate> updates = new ArrayList<>(count);
    int every = (int) Math.round(1 / changed);
    for (long id : ids) {
      int generation = (id - first) % every == 0 ? 1 : 0;
      updates.add(new ClockUpdate(data.issue(id, generation), versions.getOrDefault(id, 0L)));
    }
    return updates;
  }

  private void compare(
      String operation, int issueCount, Callable<Integer> ao, Callable<Integer> byHand, String goal)
      throws Exception {
    // Warm up like JMH would: AO's reflective read path needs a few hundred calls before the JIT
    // has compiled it.
    long warmUntil = System.nanoTime() + WARM_UP.toNanos();
    for (int i = 0; i < 300 && (i < 10 || System.nanoTime() < warmUntil); i++) {
      int aoCount = ao.call();
      int handCount = byHand.call();
      check(aoCount == issueCount, operation + ": AO read " + aoCount);
      check(handCount == issueCount, operation + ": JDBC read " + handCount);
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
            issueCount,
            aoMedian,
            aoTimes[p90] / 1e6,
            handMedian,
            handTimes[p90] / 1e6,
            aoMedian / handMedian,
            goal));
  }

  @FunctionalInterface
  interface Work {
    void run() throws Exception;
  }

  static long time(Work work) throws Exception {
    long start = System.nanoTime();
    work.run();
    return System.nanoTime() - start;
  }

  static long time(Callable<?> work) throws Exception {
    long start = System.nanoTime();
    work.call();
    return System.nanoTime() - start;
  }

  static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }
}
