package org.slaclocks.jira.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import net.java.ao.ActiveObjectsException;
import org.junit.jupiter.api.BeforeEach;
import org.slaclocks.clock.CycleFacts;
import org.slaclocks.clock.ExclusionWindow;
import org.slaclocks.clock.Pause;
import org.slaclocks.history.ChangeGroup;
import org.slaclocks.history.IssueChange;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.history.UserRef;
import org.slaclocks.jira.persistence.AoChangeQueue;
import org.slaclocks.jira.persistence.AoClockRepository;
import org.slaclocks.jira.persistence.AoConfigRepository;
import org.slaclocks.jira.persistence.AoExclusionRepository;
import org.slaclocks.jira.persistence.AoWorkerNodes;
import org.slaclocks.jira.persistence.DatabaseTest;
import org.slaclocks.policy.Exclusion;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.tracking.ChangeQueue;
import org.slaclocks.tracking.ClockRepository;
import org.slaclocks.tracking.ClockRepository.Stored;
import org.slaclocks.tracking.ConfigRepository;
import org.slaclocks.tracking.ExclusionSource;
import org.slaclocks.tracking.JqlScope;

/**
 * The worker against the real queue and clock tables on H2, PostgreSQL and MariaDB, with issue
 * histories from an in-memory stand-in for Jira and the sample helpdesk's policy file. Failures are
 * injected per issue in front of the real recalculation.
 */
class ChangeWorkerTest {
  private static final Instant CREATED = Instant.parse("2026-03-02T09:00:00Z");
  private static final Instant NOW = Instant.parse("2026-03-02T15:00:00Z");

  private final Map<Long, IssueHistory> jira = new ConcurrentHashMap<>();
  private final Map<Long, Throwable> failing = new ConcurrentHashMap<>();
  private final MutableClock clock = new MutableClock(NOW);
  private String policies;
  private ActiveObjects ao;
  private AoChangeQueue queue;
  private AoClockRepository clocks;
  private AoExclusionRepository exclusions;
  private ConfigRepository configs;
  private CurrentConfiguration configuration;
  private ClockRecalculator recalculator;
  private WorkerMonitor monitor;
  private ChangeWorker worker;
  private boolean jiraDown;

  @BeforeEach
  void setUp(ActiveObjects ao) throws IOException {
    this.ao = ao;
    queue = new AoChangeQueue(ao);
    exclusions = new AoExclusionRepository(ao);
    configs = new AoConfigRepository(ao);
    configuration = new CurrentConfiguration(configs);
    clocks = new AoClockRepository(ao, configuration);
    policies = Files.readString(Path.of("..", "examples", "helpdesk", "policies.json"));
    configuration.save(policies, 0, "admin", CREATED).orElseThrow();
    IssueHistories histories =
        (issueId, config) -> {
          if (jiraDown) {
            throw new IllegalStateException("Jira's database is unavailable");
          }
          return Optional.ofNullable(jira.get(issueId));
        };
    AgentDirectories directories = SlaConfiguration::listedDirectory;
    recalculator =
        new ClockRecalculator(
            configuration, histories, directories, JqlScope.UNKNOWN, clocks, exclusions);
    AoWorkerNodes nodes = new AoWorkerNodes(ao);
    monitor = new WorkerMonitor(queue, nodes);
    worker = new ChangeWorker(queue, configuration, new Failing(), nodes, clock, "node-1");
  }

  /** The real recalculation, in batches as the worker calls it, unless the test made it fail. */
  private final class Failing implements ChangeWorker.Recalculation {
    @Override
    public void recompute(long issueId, SlaConfiguration config, Instant now) {
      failIfAsked(issueId);
      recalculator.recompute(issueId, config, now);
    }

    @Override
    public ChangeWorker.Batch batch(List<Long> issueIds, SlaConfiguration config) {
      ChangeWorker.Batch batch = recalculator.batch(issueIds, config);
      return new ChangeWorker.Batch() {
        @Override
        public void recompute(long issueId, Instant now) {
          failIfAsked(issueId);
          batch.recompute(issueId, now);
        }

        @Override
        public Map<Long, Throwable> store() {
          return batch.store();
        }
      };
    }

    private void failIfAsked(long issueId) {
      Throwable failure = failing.get(issueId);
      if (failure instanceof Error error) {
        throw error;
      }
      if (failure != null) {
        throw (RuntimeException) failure;
      }
    }
  }

  /** A HELP issue by a customer, answered by an agent an hour later. */
  private static IssueHistory answered(long id) {
    UserRef customer = UserRef.of("alice.acme");
    UserRef agent = UserRef.of("agent.anna");
    return new IssueHistory(
        id,
        "HELP-" + id,
        CREATED,
        customer,
        Map.of("project", "HELP", "status", "Open", "priority", "High", "reporter", "alice.acme"),
        List.of(
            ChangeGroup.of(
                CREATED.plusSeconds(3600), agent, new IssueChange.CommentAdded(agent, false))));
  }

  private void queued(long... ids) {
    for (long id : ids) {
      jira.put(id, answered(id));
      queue.enqueue(id, clock.instant());
    }
  }

  /** Claims without keeping the claims: the attempt numbers the next claim would get. */
  private Map<Long, Integer> nextAttempts() {
    List<ChangeQueue.Claim> claims = queue.claim("probe", 100, clock.instant(), ChangeWorker.LEASE);
    queue.release(claims);
    Map<Long, Integer> attempts = new java.util.TreeMap<>();
    claims.forEach(c -> attempts.put(c.issueId(), c.attempt()));
    return attempts;
  }

  /** Fails the issue until it is parked, moving the clock past each retry delay. */
  private void parkedAfterFailing(long id) {
    failing.put(id, new IllegalStateException("history of " + id + " unreadable"));
    for (int attempt = 1; attempt <= ChangeWorker.MAX_ATTEMPTS; attempt++) {
      assertThat(worker.drainOnce()).as("attempt " + attempt).isEqualTo(1);
      clock.advance(ChangeWorker.RETRY_AFTER);
    }
    assertThat(queue.parked(10)).extracting(ChangeQueue.Parked::issueId).containsExactly(id);
    failing.remove(id);
  }

  @DatabaseTest
  void storesTheClocksOfAChangedIssueThenCompletesItsEntry() {
    queued(11);

    assertThat(worker.drainOnce()).isEqualTo(1);

    Stored stored = clocks.load(11).orElseThrow();
    assertThat(stored.clocks().issueKey()).isEqualTo("HELP-11");
    assertThat(stored.clocks().projectKey()).isEqualTo("HELP");
    assertThat(stored.clocks().clocks()).isNotEmpty();
    assertThat(stored.clocks().configVersion()).isEqualTo(1);
    assertThat(queue.backlog()).isZero();
  }

  /** The app's exclusions come from its repository, the one source of truth, by issue id. */
  @DatabaseTest
  void appliesTheExclusionsOfTheRepositoryToTheIssueTheyNameOnly(ActiveObjects ao) {
    jira.put(13L, answered(13));
    jira.put(14L, answered(14));
    exclusions.add(
        new ExclusionWindow(CREATED.plusSeconds(600), CREATED.plusSeconds(2400), "supplier outage"),
        13L,
        "admin",
        CREATED);
    queue.enqueue(13, CREATED);
    queue.enqueue(14, CREATED);

    worker.drainOnce();

    var excluded = firstResponse(clocks.load(13).orElseThrow());
    var other = firstResponse(clocks.load(14).orElseThrow());
    assertThat(excluded.pauses())
        .extracting(Pause::kind, Pause::cause)
        .containsExactly(tuple(Pause.Kind.EXCLUSION, "exclusion: supplier outage"));
    assertThat(excluded.elapsed()).isEqualTo(Duration.ofMinutes(30));
    assertThat(other.pauses()).isEmpty();
    assertThat(other.elapsed()).isEqualTo(Duration.ofMinutes(60));
  }

  /**
   * A batch reads the exclusion windows and stored versions of all its issues at once, and stores
   * what each issue recomputed on its own stores: an issue with its own window, one with none, one
   * whose stored clocks are out of date, and one that another writer stores in between.
   */
  @DatabaseTest
  void aBatchReadsWhatItsIssuesNeedAtOnceAndStoresWhatEachAloneWouldStore(ActiveObjects ao) {
    exclusions.add(
        new ExclusionWindow(CREATED.plusSeconds(600), CREATED.plusSeconds(2400), "supplier outage"),
        82L,
        "admin",
        CREATED);
    queued(81, 82, 83, 84);
    recalculator.recompute(83, NOW);
    jira.put(83L, lowPriority(answered(83))); // changed since: its stored clocks are out of date
    List<String> reads = new ArrayList<>();
    boolean[] otherWriter = {false};
    ExclusionSource countedExclusions =
        new ExclusionSource() {
          @Override
          public List<Exclusion> forIssue(long issueId) {
            reads.add("windows of " + issueId);
            return exclusions.forIssue(issueId);
          }

          @Override
          public Map<Long, List<Exclusion>> forIssues(Collection<Long> issueIds) {
            reads.add("windows of " + issueIds);
            return exclusions.forIssues(issueIds);
          }
        };
    ClockRepository countedClocks =
        (ClockRepository)
            Proxy.newProxyInstance(
                ClockRepository.class.getClassLoader(),
                new Class<?>[] {ClockRepository.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("versions")) {
                    reads.add("versions of " + args[0]);
                  } else if (method.getName().equals("version")) {
                    reads.add("recomputed alone: " + args[0]);
                  } else if (method.getName().equals("storeAll")) {
                    reads.add("store of " + ((Collection<?>) args[0]).size());
                  }
                  try {
                    return method.invoke(clocks, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    ClockRecalculator batched =
        new ClockRecalculator(
            configuration,
            (issueId, config) -> {
              if (issueId == 84 && !otherWriter[0]) {
                // Another node stores clocks of an older history after the batch read the version.
                otherWriter[0] = true;
                jira.put(84L, lowPriority(answered(84)));
                recalculator.recompute(84, NOW);
                jira.put(84L, answered(84));
              }
              return Optional.ofNullable(jira.get(issueId));
            },
            SlaConfiguration::listedDirectory,
            JqlScope.UNKNOWN,
            countedClocks,
            countedExclusions);
    ChangeWorker batchWorker =
        new ChangeWorker(queue, configuration, batched, new AoWorkerNodes(ao), clock, "node-3");

    assertThat(batchWorker.drainOnce()).isEqualTo(4);

    assertThat(reads)
        .as("one read of each for the batch; only the issue another writer stored is read again")
        .containsExactly(
            "versions of [81, 82, 83, 84]",
            "windows of [81, 82, 83, 84]",
            "store of 4",
            "windows of 84",
            "recomputed alone: 84",
            "store of 1");
    assertThat(queue.backlog()).isZero();
    Map<Long, Stored> stored = clocks.loadAll(List.of(81L, 82L, 83L, 84L));
    SlaConfiguration config = configuration.get();
    for (long id = 81; id <= 84; id++) {
      assertThat(stored.get(id).clocks().clocks())
          .as("issue " + id + " as computed alone")
          .containsExactlyInAnyOrderElementsOf(
              recalculator.computed(id, config, NOW).orElseThrow().clocks());
      recalculator.recompute(id, NOW);
      assertThat(clocks.version(id))
          .as("issue " + id + " recomputed alone stores the same clocks: nothing written")
          .isEqualTo(stored.get(id).version());
    }
    assertThat(stored.get(83L).version()).as("rewritten").isEqualTo(2);
    assertThat(stored.get(84L).version()).as("stored after the other writer").isEqualTo(2);
    assertThat(firstResponse(stored.get(82L)).elapsed()).isEqualTo(Duration.ofMinutes(30));
    assertThat(firstResponse(stored.get(82L)).pauses())
        .extracting(Pause::kind, Pause::cause)
        .containsExactly(tuple(Pause.Kind.EXCLUSION, "exclusion: supplier outage"));
    assertThat(firstResponse(stored.get(81L)).elapsed()).isEqualTo(Duration.ofMinutes(60));
    assertThat(firstResponse(stored.get(81L)).pauses()).isEmpty();
  }

  private static IssueHistory lowPriority(IssueHistory history) {
    Map<String, String> fields = new java.util.HashMap<>(history.initialFields());
    fields.put("priority", "Low");
    return new IssueHistory(
        history.issueId(),
        history.key(),
        history.createdAt(),
        history.creator(),
        fields,
        history.groups());
  }

  private static CycleFacts firstResponse(Stored stored) {
    return stored.clocks().clocks().stream()
        .filter(clock -> clock.metricId().equals("first-response"))
        .findFirst()
        .orElseThrow()
        .cycles()
        .get(0);
  }

  @DatabaseTest
  void removesTheClocksOfADeletedIssue() {
    queued(12);
    worker.drainOnce();
    assertThat(clocks.load(12)).isPresent();

    jira.remove(12L); // deleted in Jira; the delete event queued it
    queue.enqueue(12, NOW);
    worker.drainOnce();

    assertThat(clocks.load(12)).isEmpty();
    assertThat(queue.backlog()).isZero();
  }

  @DatabaseTest
  void anIssueThatFailsStaysQueuedWithoutClocks() {
    queued(13);
    jiraDown = true; // an exception without a database cause: the issue's own failure

    assertThat(worker.drainOnce()).isEqualTo(1);

    assertThat(clocks.load(13)).isEmpty();
    assertThat(queue.backlog()).isEqualTo(1);
    assertThat(worker.drainOnce()).as("waits for its retry").isZero();
    clock.advance(ChangeWorker.RETRY_AFTER);
    assertThat(nextAttempts()).containsEntry(13L, 2);
  }

  @DatabaseTest
  void aCrashBetweenStoringAndCompletingRecomputesTheSameClocks() {
    queued(14);
    recalculator.recompute(14, NOW); // stored, then the node died before completing the entry
    Stored first = clocks.load(14).orElseThrow();

    worker.drainOnce();

    Stored second = clocks.load(14).orElseThrow();
    assertThat(queue.backlog()).isZero();
    assertThat(second.version()).as("the same clocks: nothing written").isEqualTo(first.version());
    assertThat(second.clocks()).isEqualTo(first.clocks());
  }

  @DatabaseTest
  void aMovedIssueIsRecomputedUnderItsNewProject() {
    queued(15);
    worker.drainOnce();
    IssueHistory before = answered(15);
    UserRef agent = UserRef.of("agent.anna");
    jira.put(
        15L,
        new IssueHistory(
            15,
            "ARCH-1",
            before.createdAt(),
            before.creator(),
            before.initialFields(),
            List.of(
                before.groups().get(0),
                ChangeGroup.of(
                    CREATED.plusSeconds(7200),
                    agent,
                    new IssueChange.FieldChange("project", "HELP", "ARCH"),
                    new IssueChange.Moved("HELP", "ARCH")))));
    queue.enqueue(15, NOW);

    worker.drainOnce();

    Stored stored = clocks.load(15).orElseThrow();
    assertThat(stored.clocks().projectKey()).isEqualTo("ARCH");
    assertThat(stored.clocks().issueKey()).isEqualTo("ARCH-1");
    assertThat(stored.clocks().clocks()).as("no policy covers ARCH").isEmpty();
  }

  @DatabaseTest
  void anErrorInOneIssueIsLoggedOnceAndTheIssuesAfterItAreStillProcessed() {
    queued(21, 22, 23, 24);
    NoSuchMethodError mismatch =
        new NoSuchMethodError("'java.util.List com.atlassian.jira.issue.Issue.getLabels()'");
    failing.put(21L, mismatch);
    failing.put(23L, mismatch);

    try (LogRecords log = LogRecords.of(ChangeWorker.class)) {
      assertThat(worker.drainOnce()).isEqualTo(4);

      assertThat(log.atLeast(Level.SEVERE))
          .as("one loud report for one kind of error, naming it")
          .singleElement()
          .satisfies(r -> assertThat(r.getThrown()).isSameAs(mismatch));
    }
    assertThat(clocks.load(22)).isPresent();
    assertThat(clocks.load(24)).isPresent();
    assertThat(clocks.load(21)).isEmpty();
    assertThat(queue.backlog()).as("21 and 23 wait for their retry").isEqualTo(2);
    assertThat(queue.parkedCount()).isZero();
    queued(25);
    assertThat(worker.drainOnce()).as("the worker is not paused").isEqualTo(1);
    assertThat(clocks.load(25)).isPresent();
  }

  @DatabaseTest
  void aConfigurationThatNoLongerParsesPausesTheWorkerWithoutParkingAndItRecovers() {
    queued(31);
    // Stored past CurrentConfiguration's check, as a validator tightened by an upgrade would see
    // it.
    configs.save(
        CurrentConfiguration.KIND, CurrentConfiguration.ID, 1, "{\"policies\": 7}", "bob", NOW);

    // Far more tries than an issue's attempts, with the clock past every backoff.
    for (int poll = 0; poll < 3 * ChangeWorker.MAX_ATTEMPTS; poll++) {
      assertThat(worker.drainOnce()).isZero();
      clock.advance(WorkerStatus.MAX_BACKOFF);
    }

    assertThat(queue.parkedCount()).isZero();
    assertThat(queue.backlog()).isEqualTo(1);
    assertThat(clocks.load(31)).isEmpty();
    WorkerHealth paused = monitor.health(0, 10);
    assertThat(paused.lastSystemFailure())
        .hasValueSatisfying(
            f -> {
              assertThat(f.node()).isEqualTo("node-1");
              assertThat(f.ongoing()).isTrue();
              assertThat(f.what()).contains("revision 2", "bob", "Save a corrected configuration");
            });

    configuration.save(policies, 2, "bob", clock.instant()).orElseThrow(); // revision 3

    assertThat(worker.drainOnce()).isEqualTo(1);
    assertThat(clocks.load(31).orElseThrow().clocks().configVersion()).isEqualTo(3);
    assertThat(queue.backlog()).isZero();
    WorkerHealth recovered = monitor.health(0, 10);
    assertThat(recovered.lastSystemFailure())
        .hasValueSatisfying(f -> assertThat(f.ongoing()).isFalse());
    assertThat(recovered.nodes())
        .singleElement()
        .satisfies(n -> assertThat(n.lastRunAt()).isEqualTo(clock.instant()));
  }

  @DatabaseTest
  void theDatabaseGoingDownMidBatchPausesTheWorkerAndLosesNothing() {
    queued(41, 42, 43);
    failing.put(
        42L,
        new ActiveObjectsException(
            "connection lost", new SQLTransientConnectionException("Connection refused", "08001")));

    assertThat(worker.drainOnce()).isEqualTo(3);

    assertThat(clocks.load(41)).as("processed before the failure").isPresent();
    assertThat(clocks.load(42)).isEmpty();
    assertThat(clocks.load(43)).isEmpty();
    assertThat(queue.parkedCount()).isZero();
    assertThat(queue.backlog()).isEqualTo(2);
    assertThat(nextAttempts())
        .as("no attempt counted")
        .containsExactly(Map.entry(42L, 1), Map.entry(43L, 1));
    assertThat(worker.drainOnce()).as("paused").isZero();
    assertThat(monitor.health(0, 10).lastSystemFailure())
        .hasValueSatisfying(f -> assertThat(f.what()).contains("connection lost"));

    failing.remove(42L); // the database is back
    clock.advance(WorkerStatus.FIRST_BACKOFF);

    assertThat(worker.drainOnce()).isEqualTo(2);
    assertThat(clocks.load(42)).isPresent();
    assertThat(clocks.load(43)).isPresent();
    assertThat(queue.backlog()).isZero();
  }

  @DatabaseTest
  void aPolicyWhoseJqlCannotBeEvaluatedPausesTheWorkerInsteadOfParkingIssues() {
    String jqlPolicy =
        """
        {"version": 1,
         "calendars": [{"name": "24/7", "zone": "UTC", "hours": "24/7"}],
         "agents": {"users": ["agent.anna"]},
         "policies": [{"id": "vip", "name": "VIP by JQL",
           "scope": {"projects": ["HELP"], "jql": "labels = vip"},
           "metrics": [{"id": "first-response", "name": "Time to first response",
             "template": "first-response", "goals": [{"target": "4h", "calendar": "24/7"}]}]}]}
        """;
    configuration.save(jqlPolicy, 1, "admin", NOW).orElseThrow();
    queued(71); // JqlScope.UNKNOWN: nobody can evaluate the JQL

    for (int poll = 0; poll < 2 * ChangeWorker.MAX_ATTEMPTS; poll++) {
      worker.drainOnce();
      clock.advance(WorkerStatus.MAX_BACKOFF);
    }

    assertThat(queue.parkedCount()).isZero();
    assertThat(nextAttempts()).containsExactly(Map.entry(71L, 1));
    assertThat(monitor.health(0, 10).lastSystemFailure())
        .hasValueSatisfying(f -> assertThat(f.what()).contains("VIP by JQL", "labels = vip"));
  }

  @DatabaseTest
  void aNewChangeBringsAParkedIssueBack() {
    queued(51);
    parkedAfterFailing(51);
    assertThat(worker.drainOnce()).as("stays parked without a change").isZero();

    queue.enqueue(51, clock.instant()); // the issue changed in Jira

    assertThat(worker.drainOnce()).isEqualTo(1);
    assertThat(clocks.load(51)).isPresent();
    assertThat(queue.parkedCount()).isZero();
    assertThat(queue.backlog()).isZero();
  }

  @DatabaseTest
  void aNewConfigurationRevisionRetriesTheParkedIssues() {
    queued(52);
    parkedAfterFailing(52);
    assertThat(worker.drainOnce()).isZero();

    configuration.save(policies, 1, "admin", clock.instant()).orElseThrow();

    assertThat(worker.drainOnce()).isEqualTo(1);
    assertThat(clocks.load(52).orElseThrow().clocks().configVersion()).isEqualTo(2);
    assertThat(queue.parkedCount()).isZero();
  }

  @DatabaseTest
  void stoppingDuringABatchCountsNoAttempt() throws InterruptedException {
    queued(61, 62);
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch never = new CountDownLatch(1);
    ChangeWorker running =
        new ChangeWorker(
            queue,
            configuration,
            (issueId, config, now) -> {
              entered.countDown();
              try {
                never.await(); // a long Jira call, interrupted by stop()
              } catch (InterruptedException e) {
                throw new IllegalStateException("interrupted reading the history", e);
              }
            },
            new AoWorkerNodes(ao),
            clock,
            "node-2");
    running.start();
    try {
      assertThat(entered.await(10, TimeUnit.SECONDS)).as("the worker took the batch").isTrue();
    } finally {
      running.stop();
    }

    assertThat(queue.parkedCount()).isZero();
    assertThat(queue.backlog()).isEqualTo(2);
    assertThat(nextAttempts()).containsExactly(Map.entry(61L, 1), Map.entry(62L, 1));
  }
}
