package org.slaclocks.benchmarks;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.slaclocks.cli.jira.JiraExportReader;
import org.slaclocks.cli.jira.ReaderOptions;
import org.slaclocks.history.ChangeGroup;
import org.slaclocks.history.IssueChange;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.history.UserRef;
import org.slaclocks.jira.persistence.AoChangeQueue;
import org.slaclocks.jira.persistence.AoClock;
import org.slaclocks.jira.persistence.AoClockRepository;
import org.slaclocks.jira.persistence.AoConfigRepository;
import org.slaclocks.jira.persistence.AoExclusionRepository;
import org.slaclocks.jira.persistence.AoTestDatabase;
import org.slaclocks.jira.persistence.AoWorkerNodes;
import org.slaclocks.jira.persistence.Database;
import org.slaclocks.jira.tracking.ChangeWorker;
import org.slaclocks.jira.tracking.ClockRecalculator;
import org.slaclocks.jira.tracking.CurrentConfiguration;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.tracking.ClockEngine;
import org.slaclocks.tracking.ClockUpdate;
import org.slaclocks.tracking.JqlScope;

/**
 * The worker's real per-issue path at scale: claim from the change queue, read the configuration,
 * read the issue's history, compute, store (only what changed), complete the claim, on a clock
 * table of about a million rows. Histories are the sample helpdesk's 300 issues, each repeated
 * under many issue ids; in Jira the history comes from Jira's own services, whose cost is not part
 * of this figure (none can run here). Run by hand:
 *
 * <pre>
 * mvn -B -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar org.slaclocks.benchmarks.WorkerAtScale \
 *     [--db postgresql,mariadb] [--issues 300000] [--measure 5000]
 * </pre>
 */
public final class WorkerAtScale {
  private static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");
  private static final int FILL_BATCH = 1000;

  private final AoTestDatabase db;
  private final int issues;
  private final int measure;
  private final List<IssueHistory> sample;
  private final java.util.Map<Long, IssueHistory> changed = new ConcurrentHashMap<>();
  private final List<String> report = new ArrayList<>();

  private WorkerAtScale(AoTestDatabase db, int issues, int measure, List<IssueHistory> sample) {
    this.db = db;
    this.issues = issues;
    this.measure = measure;
    this.sample = sample;
  }

  public static void main(String[] args) throws Exception {
    AtScaleArguments arguments = AtScaleArguments.parse(args, 300_000, "--measure", 5_000);
    List<Database> databases = arguments.databases();
    int issues = arguments.issues();
    int measure = arguments.count();
    Path root = Path.of(".").toAbsolutePath();
    while (!Files.exists(root.resolve("examples/helpdesk/issues.json"))) {
      root = root.getParent();
    }
    List<IssueHistory> sample =
        JiraExportReader.read(
                List.of(root.resolve("examples/helpdesk/issues.json")), ReaderOptions.defaults())
            .issues();
    String policies = Files.readString(root.resolve("examples/helpdesk/policies.json"));
    System.out.printf(
        "java %s, %d cores, max heap %d MiB%n",
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    for (Database database : databases) {
      try (AoTestDatabase db = AoTestDatabase.open(database)) {
        WorkerAtScale run = new WorkerAtScale(db, issues, measure, sample);
        try {
          run.run(policies);
        } finally {
          db.dropTables();
        }
        run.report.forEach(System.out::println);
      }
    }
  }

  /** Issue {@code id}'s history: a sample issue under that id, or its changed version. */
  private Optional<IssueHistory> history(long id) {
    IssueHistory changedHistory = changed.get(id);
    if (changedHistory != null) {
      return Optional.of(changedHistory);
    }
    IssueHistory template = sample.get((int) (id % sample.size()));
    return Optional.of(
        new IssueHistory(
            id,
            "HELP-" + id,
            template.createdAt(),
            template.creator(),
            template.initialFields(),
            template.groups()));
  }

  private void run(String policies) throws Exception {
    ActiveObjects ao = db.activeObjects();
    AoConfigRepository configs = new AoConfigRepository(ao);
    CurrentConfiguration configuration = new CurrentConfiguration(configs);
    configuration.save(policies, 0, "benchmark", NOW).orElseThrow();
    SlaConfiguration config = configuration.get();
    AoClockRepository clocks = new AoClockRepository(ao, configuration);
    AoChangeQueue queue = new AoChangeQueue(ao);
    ClockRecalculator recalculator =
        new ClockRecalculator(
            configuration,
            (issueId, c) -> history(issueId),
            SlaConfiguration::listedDirectory,
            JqlScope.UNKNOWN,
            clocks,
            new AoExclusionRepository(ao));
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    ChangeWorker worker =
        new ChangeWorker(
            queue, configuration, recalculator, new AoWorkerNodes(ao), clock, "benchmark-node");

    long fillStart = System.nanoTime();
    List<ClockUpdate> batch = new ArrayList<>(FILL_BATCH);
    for (long id = 1; id <= issues; id++) {
      ClockEngine.Result result =
          ClockEngine.compute(
              config, history(id).orElseThrow(), config.listedDirectory(), JqlScope.UNKNOWN, NOW);
      batch.add(new ClockUpdate(result.clocks(), 0));
      if (batch.size() == FILL_BATCH) {
        clocks.storeAll(batch);
        batch.clear();
      }
    }
    clocks.storeAll(batch);
    long rows = count(db.tableName(AoClock.class));
    report.add(
        String.format(
            Locale.ROOT,
            "%s: %,d issues, %,d clock rows stored in %.0f s",
            db.database(),
            issues,
            rows,
            (System.nanoTime() - fillStart) / 1e9));

    Random random = new Random(7);
    java.util.Set<Long> distinct = new java.util.TreeSet<>();
    while (distinct.size() < Math.min(measure, issues)) {
      distinct.add(1 + (long) random.nextInt(issues));
    }
    List<Long> picked = new ArrayList<>(distinct);
    // Warm-up (JIT, connection pool, statement caches) on other issues, not reported.
    List<Long> warmUp = new ArrayList<>();
    for (long id = 1; warmUp.size() < Math.min(2_000, issues / 2); id++) {
      if (!distinct.contains(id)) {
        warmUp.add(id);
      }
    }
    queue.enqueueAll(warmUp, NOW);
    while (worker.drainOnce() > 0) {
      // draining
    }
    drain(queue, worker, picked, "recompute, nothing changed");

    // A customer comment a minute ago on every picked issue: each one's clocks change.
    for (long id : picked) {
      IssueHistory h = history(id).orElseThrow();
      List<ChangeGroup> groups = new ArrayList<>(h.groups());
      groups.add(
          new ChangeGroup(
              NOW.minus(Duration.ofMinutes(1)),
              UserRef.of("customer-" + id),
              List.of(new IssueChange.CommentAdded(UserRef.of("customer-" + id), false))));
      changed.put(
          id, new IssueHistory(id, h.key(), h.createdAt(), h.creator(), h.initialFields(), groups));
    }
    drain(queue, worker, picked, "recompute after a customer comment (clocks change)");
  }

  private void drain(AoChangeQueue queue, ChangeWorker worker, List<Long> picked, String what) {
    queue.enqueueAll(picked, NOW);
    long start = System.nanoTime();
    int processed = 0;
    int claimed;
    while ((claimed = worker.drainOnce()) > 0) {
      processed += claimed;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    report.add(
        String.format(
            Locale.ROOT,
            "%s: %s: %,d issues in %.1f s = %.0f issues/s (queue backlog after: %s)",
            db.database(),
            what,
            processed,
            seconds,
            processed / seconds,
            queue.backlog()));
  }

  private long count(String table) throws Exception {
    String quote = db.database() == Database.MARIADB ? "`" : "\"";
    try (Connection c = db.connection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + quote + table + quote)) {
      r.next();
      return r.getLong(1);
    }
  }
}
