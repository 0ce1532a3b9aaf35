package org.slaclocks.benchmarks;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.slaclocks.cli.jira.JiraExportReader;
import org.slaclocks.cli.jira.ReaderOptions;
import org.slaclocks.clock.ClockFacts;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.jira.persistence.AoAuditLog;
import org.slaclocks.jira.persistence.AoChangeQueue;
import org.slaclocks.jira.persistence.AoClockRepository;
import org.slaclocks.jira.persistence.AoConfigRepository;
import org.slaclocks.jira.persistence.AoExclusionRepository;
import org.slaclocks.jira.persistence.AoRecalculations;
import org.slaclocks.jira.persistence.AoTestDatabase;
import org.slaclocks.jira.persistence.AoWorkerNodes;
import org.slaclocks.jira.persistence.Database;
import org.slaclocks.jira.tracking.ChangeWorker;
import org.slaclocks.jira.tracking.ClockRecalculator;
import org.slaclocks.jira.tracking.CurrentConfiguration;
import org.slaclocks.jira.tracking.RecalculationRunner;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.tracking.ClockEngine;
import org.slaclocks.tracking.ClockRepository;
import org.slaclocks.tracking.ClockUpdate;
import org.slaclocks.tracking.IssueClocks;
import org.slaclocks.tracking.IssueSelection;
import org.slaclocks.tracking.JqlScope;
import org.slaclocks.tracking.RecalculationScope;
import org.slaclocks.tracking.Recalculations;
import org.slaclocks.tracking.Recalculations.Run;
import org.slaclocks.tracking.Recalculations.Status;

/**
 * A recalculation after a configuration change, at scale, through the classes the REST resource
 * {@code admin/recalculation} calls in Jira (the {@link RecalculationRunner} with its feeding
 * thread, {@link AoRecalculations}, the change queue and one {@link ChangeWorker} polling it): N
 * issues with stored clocks, a goal tightened, the preview of the first 10,000, a run over all of
 * them while its progress is read as the administration page reads it ({@code runs(50)}, every 100
 * ms), a spot check of the stored clocks against a fresh computation, and a second run interrupted
 * half-way (runner and worker stopped, a new pair over a new connection pool) that must resume
 * where the first pair stopped. Histories are the sample helpdesk's 300 issues repeated under many
 * ids, read from memory; the issue selection is the ids 1 to N (Jira pages through its search). Run
 * by hand, pointed at databases of its own with {@code SLA_TEST_POSTGRES_URL} and {@code
 * SLA_TEST_MARIADB_URL} so that it never meets a test run (docs/performance.md has the full
 * command):
 *
 * <pre>
 * mvn -B -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar org.slaclocks.benchmarks.RecalculationAtScale \
 *     [--db postgresql,mariadb] [--issues 100000] [--preview 10000]
 * </pre>
 */
public final class RecalculationAtScale {
  private static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");
  private static final int FILL_BATCH = 1000;
  private static final long POLL_MS = 100;
  private static final int SPOT_CHECKS = 2_000;
  private static final String ADMIN = "admin";

  private final AoTestDatabase db;
  private final int issues;
  private final int previewLimit;
  private final List<IssueHistory> sample;
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

  /** How often each issue was recomputed by a worker since the counts were last cleared. */
  private final Map<Long, AtomicInteger> recomputed = new ConcurrentHashMap<>();

  /** Time the worker spent recomputing (history, engine, store), since last cleared. */
  private final AtomicLong recomputing = new AtomicLong();

  private RecalculationAtScale(
      AoTestDatabase db, int issues, int previewLimit, List<IssueHistory> sample) {
    this.db = db;
    this.issues = issues;
    this.previewLimit = previewLimit;
    this.sample = sample;
  }

  public static void main(String[] args) throws Exception {
    AtScaleArguments arguments = AtScaleArguments.parse(args, 100_000, "--preview", 10_000);
    Path root = Path.of(".").toAbsolutePath();
    while (!Files.exists(root.resolve("examples/helpdesk/issues.json"))) {
      root = root.getParent();
    }
    List<IssueHistory> sample =
        JiraExportReader.read(
                List.of(root.resolve("examples/helpdesk/issues.json")), ReaderOptions.defaults())
            .issues();
    String policies = Files.readString(root.resolve("examples/helpdesk/policies.json"));
    AtScaleArguments.printMachine();
    for (Database database : arguments.databases()) {
      System.out.println(database.displayName() + " at " + database.url());
      try (AoTestDatabase db = AoTestDatabase.open(database)) {
        RecalculationAtScale run =
            new RecalculationAtScale(db, arguments.issues(), arguments.count(), sample);
        run.run(policies);
      }
    }
  }

  /**
   * The policy file with the standard desk's goals tightened: first response of Medium and Low
   * issues within 2 hours instead of 12, resolution within 16 hours instead of 60.
   */
  static String tightened(String policies) {
    String tighter =
        policies
            .replace(
                "{\"target\": \"12h\", \"internalTarget\": \"9h\",",
                "{\"target\": \"2h\", \"internalTarget\": \"1h\",")
            .replace("{\"target\": \"60h\",", "{\"target\": \"16h\",");
    if (tighter.equals(policies)) {
      throw new IllegalStateException("examples/helpdesk/policies.json no longer has those goals");
    }
    return tighter;
  }

  /** Issue {@code id}'s history: a sample issue under that id. */
  private Optional<IssueHistory> history(long id) {
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

  /** One node of the app: its repositories over one connection pool, a runner and a worker. */
  private final class Node {
    final CurrentConfiguration configuration;
    final AoClockRepository clocks;
    final ClockRecalculator recalculator;
    final RecalculationRunner runner;
    final ChangeWorker worker;

    Node(ActiveObjects ao) {
      configuration = new CurrentConfiguration(new AoConfigRepository(ao));
      clocks = new AoClockRepository(ao, configuration);
      recalculator =
          new ClockRecalculator(
              configuration,
              (issueId, c) -> history(issueId),
              SlaConfiguration::listedDirectory,
              JqlScope.UNKNOWN,
              clocks,
              new AoExclusionRepository(ao));
      IssueSelection everyIssue =
          (RecalculationScope scope, LongConsumer sink) -> {
            for (long id = 1; id <= issues; id++) {
              sink.accept(id);
            }
          };
      runner =
          new RecalculationRunner(
              configuration,
              recalculator,
              clocks,
              new AoRecalculations(ao),
              everyIssue,
              new AoAuditLog(ao),
              clock);
      worker =
          new ChangeWorker(
              new AoChangeQueue(ao),
              configuration,
              new Counted(recalculator),
              new AoWorkerNodes(ao),
              clock,
              "benchmark-node");
    }

    /** As Spring starts the beans in Jira: the worker and the runner's feeding thread. */
    void start() {
      worker.start();
      runner.start();
    }

    /** As a node shutting down (Spring's destroy methods). */
    void stop() {
      runner.stop();
      worker.stop();
    }
  }

  /**
   * The recalculator as the worker calls it (in batches), counting each issue recomputed and the
   * time spent recomputing and storing.
   */
  private final class Counted implements ChangeWorker.Recalculation {
    private final ClockRecalculator recalculator;

    Counted(ClockRecalculator recalculator) {
      this.recalculator = recalculator;
    }

    @Override
    public void recompute(long issueId, SlaConfiguration config, Instant now) {
      long start = System.nanoTime();
      recalculator.recompute(issueId, config, now);
      recomputing.addAndGet(System.nanoTime() - start);
      counted(issueId);
    }

    @Override
    public ChangeWorker.Batch batch(List<Long> issueIds, SlaConfiguration config) {
      long start = System.nanoTime();
      ChangeWorker.Batch batch = recalculator.batch(issueIds, config);
      recomputing.addAndGet(System.nanoTime() - start);
      return new ChangeWorker.Batch() {
        @Override
        public void recompute(long issueId, Instant now) {
          long start = System.nanoTime();
          batch.recompute(issueId, now);
          recomputing.addAndGet(System.nanoTime() - start);
          counted(issueId);
        }

        @Override
        public Map<Long, Throwable> store() {
          long start = System.nanoTime();
          try {
            return batch.store();
          } finally {
            recomputing.addAndGet(System.nanoTime() - start);
          }
        }
      };
    }

    private void counted(long issueId) {
      recomputed.computeIfAbsent(issueId, id -> new AtomicInteger()).incrementAndGet();
    }
  }

  private void run(String policies) throws Exception {
    Node node = new Node(db.activeObjects());
    node.configuration.save(policies, 0, "benchmark", NOW).orElseThrow();
    fill(node);
    node.configuration.save(tightened(policies), 1, ADMIN, NOW).orElseThrow();

    // The preview: POST admin/recalculation/preview {"scope":"all","limit":10000}.
    long start = System.nanoTime();
    Recalculations.Preview preview = node.runner.preview(RecalculationScope.all(), previewLimit);
    add(
        "preview of %,d of %,d issues: %.1f s; clocks met -> breached %,d, breached -> met %,d,"
            + " changed otherwise %,d, unchanged %,d, issues failed %,d",
        preview.issues(),
        preview.inScope(),
        seconds(start),
        preview.metToBreached().count(),
        preview.breachedToMet().count(),
        preview.changed().count(),
        preview.unchanged().count(),
        preview.failed().count());

    node.start();
    try {
      recomputed.clear();
      recomputing.set(0);
      resetPeakHeap();
      Progress full = runToTheEnd(node, -1);
      add(
          "run of %,d issues: started in %.1f s (POST answered), done in %.1f s = %.0f issues/s;"
              + " the worker recomputing %.1f s of it; progress updates %,d, largest gap %.1f s,"
              + " slowest progress read %.2f s; peak heap %,d MiB",
          full.run.total(),
          full.startSeconds,
          full.seconds,
          full.run.total() / full.seconds,
          recomputing.get() / 1e9,
          full.updates,
          full.largestGapMs / 1000.0,
          full.slowestReadMs / 1000.0,
          peakHeap() >> 20);
      checkRecomputedOnce(full.run.total());
      spotCheck(node);

      // Resume: another configuration change, a run stopped half-way, a new node carries it on.
      node.configuration.save(policies, 2, ADMIN, NOW).orElseThrow();
      recomputed.clear();
      Progress first = runToTheEnd(node, issues * 2 / 5);
      node.stop();
      Map<Long, AtomicInteger> beforeRestart = Map.copyOf(recomputed);
      recomputed.clear();
      Node restarted = new Node(db.newNode());
      restarted.start();
      node = restarted;
      Progress rest = runToTheEnd(restarted, -1);
      long twice = recomputed.keySet().stream().filter(beforeRestart::containsKey).count();
      long within =
          beforeRestart.values().stream().filter(count -> count.get() > 1).count()
              + recomputed.values().stream().filter(count -> count.get() > 1).count();
      long never =
          issues
              - recomputed.size()
              - beforeRestart.keySet().stream().filter(id -> !recomputed.containsKey(id)).count();
      add(
          "resume: stopped at %,d of %,d issues done (%,d recomputed), a new node finished the run"
              + " in %.1f s (first progress after %.1f s); issues recomputed before and after the"
              + " restart %,d, twice by one node %,d, never %,d; status %s, done %,d",
          first.run.done(),
          first.run.total(),
          beforeRestart.size(),
          rest.seconds,
          rest.firstUpdateMs / 1000.0,
          twice,
          within,
          never,
          rest.run.status(),
          rest.run.done());
      spotCheck(restarted);
    } finally {
      node.stop();
    }
  }

  /** Every issue's clocks under the first configuration, stored as the worker would have. */
  private void fill(Node node) {
    SlaConfiguration config = node.configuration.get();
    long start = System.nanoTime();
    List<ClockUpdate> batch = new ArrayList<>(FILL_BATCH);
    for (long id = 1; id <= issues; id++) {
      ClockEngine.Result result =
          ClockEngine.compute(
              config, history(id).orElseThrow(), config.listedDirectory(), JqlScope.UNKNOWN, NOW);
      batch.add(new ClockUpdate(result.clocks(), 0));
      if (batch.size() == FILL_BATCH) {
        node.clocks.storeAll(batch);
        batch.clear();
      }
    }
    node.clocks.storeAll(batch);
    add("fill: %,d issues with their clocks stored in %.0f s", issues, seconds(start));
  }

  /** A run's progress as the administration page saw it. */
  private record Progress(
      Run run,
      double startSeconds,
      double seconds,
      int updates,
      long largestGapMs,
      long firstUpdateMs,
      long slowestReadMs) {}

  /**
   * Starts a run over every issue (or, with a run running, follows that one) and reads its progress
   * every {@link #POLL_MS} until it is done, or until {@code stopAt} issues are done.
   */
  private Progress runToTheEnd(Node node, int stopAt) throws InterruptedException {
    long start = System.nanoTime();
    Run run =
        node.runner.runs(1).stream()
            .filter(r -> r.status() == Status.RUNNING)
            .findFirst()
            .orElseGet(() -> node.runner.start(RecalculationScope.all(), ADMIN));
    double startSeconds = seconds(start);
    long lastChange = System.nanoTime();
    int lastDone = -1;
    int updates = 0;
    long largestGap = 0;
    long firstUpdate = -1;
    long slowestRead = 0;
    while (run.status() == Status.RUNNING && (stopAt < 0 || run.done() < stopAt)) {
      Thread.sleep(POLL_MS);
      long readStart = System.nanoTime();
      // GET admin/recalculation: the newest 50 runs, the running one with its progress.
      long id = run.id();
      run = node.runner.runs(50).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
      long now = System.nanoTime();
      slowestRead = Math.max(slowestRead, (now - readStart) / 1_000_000);
      if (run.done() != lastDone) {
        if (lastDone >= 0) {
          updates++;
          largestGap = Math.max(largestGap, (now - lastChange) / 1_000_000);
        } else {
          firstUpdate = (now - start) / 1_000_000;
        }
        lastDone = run.done();
        lastChange = now;
      }
    }
    return new Progress(
        run, startSeconds, seconds(start), updates, largestGap, firstUpdate, slowestRead);
  }

  private void checkRecomputedOnce(int total) {
    long twice = recomputed.values().stream().filter(count -> count.get() > 1).count();
    add(
        "the worker recomputed %,d issues of %,d (%,d of them more than once)",
        recomputed.size(), total, twice);
  }

  /** Stored clocks of random issues against the configuration in force computing them now. */
  private void spotCheck(Node node) {
    SlaConfiguration config = node.configuration.get();
    Random random = new Random(11);
    int differ = 0;
    int rewritten = 0;
    String example = null;
    for (int i = 0; i < SPOT_CHECKS; i++) {
      long id = 1 + random.nextInt(issues);
      IssueClocks fresh = node.recalculator.computed(id, config, NOW).orElseThrow();
      IssueClocks stored = node.clocks.load(id).map(ClockRepository.Stored::clocks).orElseThrow();
      // An issue whose clocks came out the same keeps the revision that last changed them.
      if (stored.configVersion() == config.version()) {
        rewritten++;
      }
      if (!sameClocks(stored, fresh)) {
        differ++;
        if (example == null) {
          example = stored.issueKey();
          if (System.getenv("SLA_DEBUG") != null) {
            System.out.println("stored " + stored + "\nfresh  " + fresh);
          }
        }
      }
    }
    add(
        "spot check of %,d issues (%,d of them rewritten under revision %d) against a fresh"
            + " computation: %s",
        SPOT_CHECKS,
        rewritten,
        config.version(),
        differ == 0 ? "all equal" : differ + " differ, for example " + example);
  }

  /** The same clocks, whatever order the repository gives them back in. */
  private static boolean sameClocks(IssueClocks a, IssueClocks b) {
    Comparator<ClockFacts> byMetric =
        Comparator.comparing(ClockFacts::policyId).thenComparing(ClockFacts::metricId);
    return a.clocks().stream()
        .sorted(byMetric)
        .toList()
        .equals(b.clocks().stream().sorted(byMetric).toList());
  }

  private static void resetPeakHeap() {
    System.gc();
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The sum of the heap pools' peaks (an upper bound: each pool peaked at its own moment). */
  private static long peakHeap() {
    return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .toList();
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private void add(String format, Object... values) {
    System.out.println(
        db.database().displayName() + ": " + String.format(Locale.ROOT, format, values));
  }
}
