package org.slaclocks.benchmarks;

import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.operand.FunctionOperand;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import org.slaclocks.clock.ExclusionWindow;
import org.slaclocks.jira.jql.SearchSettings;
import org.slaclocks.jira.jql.SlaAtRiskFunction;
import org.slaclocks.jira.jql.SlaBreachedBetweenFunction;
import org.slaclocks.jira.jql.SlaBreachedFunction;
import org.slaclocks.jira.jql.SlaBreachingBeforeFunction;
import org.slaclocks.jira.jql.SlaCompletedFunction;
import org.slaclocks.jira.jql.SlaElapsedFunction;
import org.slaclocks.jira.jql.SlaElapsedPercentFunction;
import org.slaclocks.jira.jql.SlaEverBreachedFunction;
import org.slaclocks.jira.jql.SlaJqlFunction;
import org.slaclocks.jira.jql.SlaMetFunction;
import org.slaclocks.jira.jql.SlaPausedFunction;
import org.slaclocks.jira.jql.SlaRemainingFunction;
import org.slaclocks.jira.jql.SlaRunningFunction;
import org.slaclocks.jira.jql.SlaSearch;
import org.slaclocks.jira.jql.SlaWithinCalendarHoursFunction;
import org.slaclocks.jira.persistence.AoClock;
import org.slaclocks.jira.persistence.AoClockRepository;
import org.slaclocks.jira.persistence.AoExclusionRepository;
import org.slaclocks.jira.persistence.AoIssueClocks;
import org.slaclocks.jira.persistence.AoTestDatabase;
import org.slaclocks.jira.persistence.Database;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.query.function.TimeTracking;
import org.slaclocks.web.host.Viewer;

/**
 * The JQL functions' speed goal of docs/performance.md and docs/jql.md, measured end to end on the
 * app's side: the real Jira function classes ({@code SlaBreachedFunction} ...) over the Active
 * Objects repositories on a clock table of a million rows, each search timed as Jira runs it,
 * {@code validate} and then {@code getValues}, from the typed arguments to the list of {@code
 * QueryLiteral}s Jira turns into its {@code issue in (...)} clause. It also measures what a long
 * answer costs (time and memory per id), for the section on very large id lists. Run by hand from
 * the project directory (it is not part of {@code mvn verify}):
 *
 * <pre>
 * mvn -B -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar org.slaclocks.benchmarks.JqlAtScale \
 *     [--db postgresql,mariadb] [--issues 250000] [--iterations 30]
 * </pre>
 */
public final class JqlAtScale {
  private static final Instant NOW = PersistenceAtScale.NOW;
  private static final String OLA = "Engineering triage (OLA)"; // as people type it
  private static final Duration WARM_UP = Duration.ofSeconds(6);
  private static final int ISSUE_EXCLUSIONS = 200;

  private final AoTestDatabase db;
  private final SlaSearch search;
  private final SlaSearch raisedLimit;
  private final int iterations;
  private final List<String> report = new ArrayList<>();

  private JqlAtScale(AoTestDatabase db, SlaConfiguration config, int iterations) {
    this.db = db;
    this.iterations = iterations;
    this.search = search(db, config, SearchSettings.JIRA_DEFAULTS);
    this.raisedLimit =
        search(
            db,
            config,
            new SearchSettings() {
              @Override
              public int maxIssues() {
                return 1_000_000; // an administrator raised jira.search.maxclauses
              }

              @Override
              public TimeTracking timeTracking() {
                return TimeTracking.JIRA_DEFAULT;
              }
            });
  }

  private static SlaSearch search(AoTestDatabase db, SlaConfiguration config, SearchSettings s) {
    Viewer manager =
        new Viewer("manager", "Manager", Locale.ENGLISH, ZoneId.of("Europe/Amsterdam"));
    return new SlaSearch(
        () -> config,
        new AoClockRepository(db.activeObjects(), config::calendar),
        new AoExclusionRepository(db.activeObjects()),
        () -> manager,
        s,
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  /** One search as a manager would type it: a function and its arguments. */
  private record Search(String label, Function<SlaSearch, SlaJqlFunction> function, String[] args) {
    static Search of(
        String label, Function<SlaSearch, SlaJqlFunction> function, String... arguments) {
      return new Search(label, function, arguments);
    }
  }

  private static List<Search> searches() {
    return List.of(
        Search.of("slaBreached", SlaBreachedFunction::new, OLA),
        Search.of("slaEverBreached", SlaEverBreachedFunction::new, OLA),
        Search.of("slaAtRisk", SlaAtRiskFunction::new, OLA),
        Search.of("slaRunning", SlaRunningFunction::new, OLA),
        Search.of("slaPaused", SlaPausedFunction::new, OLA),
        Search.of("slaCompleted", SlaCompletedFunction::new, OLA),
        Search.of("slaMet", SlaMetFunction::new, OLA),
        Search.of("slaWithinCalendarHours", SlaWithinCalendarHoursFunction::new, OLA),
        Search.of("slaRemaining < 2h", SlaRemainingFunction::new, OLA, "<", "2h"),
        Search.of("slaElapsed > 4h", SlaElapsedFunction::new, OLA, ">", "4h"),
        Search.of("slaElapsedPercent >= 80", SlaElapsedPercentFunction::new, OLA, ">=", "80"),
        Search.of("slaBreachingBefore +4h", SlaBreachingBeforeFunction::new, OLA, "+4h"),
        Search.of(
            "slaBreachedBetween -7d, -1d", SlaBreachedBetweenFunction::new, OLA, "-7d", "-1d"),
        Search.of(
            "slaBreached, policy=vip filter",
            SlaBreachedFunction::new,
            OLA,
            "policy=Acme Corp (VIP)"),
        Search.of(
            "slaRunning, policy=standard filter",
            SlaRunningFunction::new,
            OLA,
            "policy=Standard support"),
        Search.of(
            "slaRemaining < 2h, policy=standard filter",
            SlaRemainingFunction::new,
            OLA,
            "<",
            "2h",
            "policy=standard"),
        Search.of(
            "slaRemaining < 2h, calendar filter",
            SlaRemainingFunction::new,
            OLA,
            "<",
            "2h",
            "calendar=EMEA office"));
  }

  /** Answers longer than the goal's 10,000 issues, to see how a function's cost grows with them. */
  private static List<Search> longAnswers() {
    return List.of(
        Search.of("slaRunning, first response", SlaRunningFunction::new, "first-response"),
        Search.of("slaBreached, resolution", SlaBreachedFunction::new, "resolution"),
        Search.of("slaMet, resolution", SlaMetFunction::new, "resolution"),
        Search.of("slaCompleted, resolution", SlaCompletedFunction::new, "resolution"));
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
        String quote = database == Database.MARIADB ? "`" : "\"";
        JdbcClocks hand =
            new JdbcClocks(
                jdbc, db.tableName(AoClock.class), db.tableName(AoIssueClocks.class), quote);
        long fill =
            PersistenceAtScale.time(
                () ->
                    PersistenceAtScale.fillTables(
                        db, hand, new BenchmarkClocks(config, NOW), config, issues));
        JqlAtScale run = new JqlAtScale(db, config, iterations);
        run.report.add("");
        run.report.add(
            String.format(
                "### %s (%s): %,d clocks of %,d issues, filled in %.0f s",
                database.displayName(),
                jdbc.getMetaData().getDatabaseProductVersion(),
                issues * BenchmarkClocks.METRICS.length,
                issues,
                fill / 1e9));
        run.run(issues);
        run.report.forEach(System.out::println);
      }
    }
  }

  private void run(int issues) throws Exception {
    addIssueExclusions(issues);
    report.add("");
    report.add(
        "| search | issues | validate + getValues, median (p90, max) | allocated per search | goal |");
    report.add("|---|---:|---:|---:|---|");
    for (Search s : searches()) {
      measure(s, search, "< 50 ms");
    }
    longAnswers(
        "Longer answers, with Jira's default limit of 65,000 ids from one function:", search);
    longAnswers(
        "The same with the limit raised to 1,000,000 (jira.search.maxclauses):", raisedLimit);
    report.add("");
    report.add(
        "Median (p90, max) of "
            + iterations
            + " searches after warming up (up to 300 searches or "
            + WARM_UP.toSeconds()
            + " s each); "
            + ISSUE_EXCLUSIONS
            + " issue exclusion windows are stored, as every search reads them.");
  }

  /**
   * The answers longer than the goal's, asked through {@code search}, as a table under {@code
   * title}.
   */
  private void longAnswers(String title, SlaSearch search) {
    report.add("");
    report.add(title);
    report.add("");
    report.add(
        "| search | issues | validate + getValues, median (p90, max) | allocated per search | what"
            + " the searcher gets |");
    report.add("|---|---:|---:|---:|---|");
    for (Search s : longAnswers()) {
      measure(s, search, null);
    }
  }

  /** Exclusion windows of single issues, which every search reads (and applies to its issue). */
  private void addIssueExclusions(int issues) {
    AoExclusionRepository exclusions = new AoExclusionRepository(db.activeObjects());
    Random random = new Random(11);
    for (int i = 0; i < ISSUE_EXCLUSIONS; i++) {
      Instant from = NOW.minus(Duration.ofHours(1 + random.nextInt(24 * 10)));
      exclusions.add(
          new ExclusionWindow(from, from.plus(Duration.ofHours(2)), "customer on holiday"),
          1L + random.nextInt(issues),
          "admin",
          NOW.minus(Duration.ofDays(11)));
    }
  }

  /** Times {@code s}; {@code goal} null: the last column says what the searcher gets. */
  private void measure(Search s, SlaSearch search, String goal) {
    SlaJqlFunction function = s.function().apply(search);
    FunctionOperand operand = new FunctionOperand(function.getFunctionName(), s.args());
    Outcome first = searchOnce(function, operand);
    int matches = first.ids();
    long warmUntil = System.nanoTime() + WARM_UP.toNanos();
    for (int i = 0; i < 300 && (i < 5 || System.nanoTime() < warmUntil); i++) {
      PersistenceAtScale.check(searchOnce(function, operand).equals(first), s.label() + " changed");
    }
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long[] times = new long[iterations];
    long allocated = 0;
    for (int i = 0; i < iterations; i++) {
      long bytesBefore = threads.getThreadAllocatedBytes(thread);
      long start = System.nanoTime();
      searchOnce(function, operand);
      times[i] = System.nanoTime() - start;
      allocated += threads.getThreadAllocatedBytes(thread) - bytesBefore;
    }
    Arrays.sort(times);
    int p90 = (int) Math.ceil(iterations * 0.9) - 1;
    report.add(
        String.format(
            "| `%s(%s)` | %s | %.2f ms (%.2f, %.2f) | %s | %s |",
            function.getFunctionName(),
            quoted(s.args()),
            first.problem() == null ? String.format("%,d", matches) : "(see the message)",
            times[iterations / 2] / 1e6,
            times[p90] / 1e6,
            times[iterations - 1] / 1e6,
            bytes(allocated / iterations),
            goal != null
                ? goal
                : first.problem() == null
                    ? String.format("%,d ids", matches)
                    : "the message \"" + first.problem() + "\""));
  }

  /** What a search gave: the number of ids, or the problem validation said. */
  private record Outcome(int ids, String problem) {}

  /**
   * One search as Jira runs it: the arguments checked (and the answer's length), then, when valid,
   * the ids asked for.
   */
  private static Outcome searchOnce(SlaJqlFunction function, FunctionOperand operand) {
    MessageSet problems = function.validate(null, operand, null);
    if (problems.hasAnyErrors()) {
      return new Outcome(0, String.join("; ", problems.getErrorMessages()));
    }
    List<QueryLiteral> ids = function.getValues(null, operand, null);
    return new Outcome(ids.size(), null);
  }

  private static String quoted(String[] args) {
    return String.join(", ", Arrays.stream(args).map(a -> "\"" + a + "\"").toList());
  }

  private static String bytes(long bytes) {
    return bytes >= 1 << 20
        ? String.format("%.1f MiB", bytes / (double) (1 << 20))
        : String.format("%,d KiB", bytes >> 10);
  }
}
