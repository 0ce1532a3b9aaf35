package org.slaclocks.jira.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.slaclocks.history.ChangeGroup;
import org.slaclocks.history.IssueChange;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.history.UserRef;
import org.slaclocks.jira.persistence.AoChangeQueue;
import org.slaclocks.jira.persistence.AoClockRepository;
import org.slaclocks.jira.persistence.AoConfigRepository;
import org.slaclocks.jira.persistence.DatabaseTest;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.tracking.ClockRepository.Stored;
import org.slaclocks.tracking.JqlScope;

/**
 * The worker against the real queue and clock tables on H2, PostgreSQL and MariaDB, with issue
 * histories from an in-memory stand-in for Jira and the sample helpdesk's policy file.
 */
class ChangeWorkerTest {
  private static final Instant CREATED = Instant.parse("2026-03-02T09:00:00Z");
  private static final Instant NOW = Instant.parse("2026-03-02T15:00:00Z");

  private final Map<Long, IssueHistory> jira = new ConcurrentHashMap<>();
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private AoChangeQueue queue;
  private AoClockRepository clocks;
  private ClockRecalculator recalculator;
  private ChangeWorker worker;
  private boolean jiraDown;

  @BeforeEach
  void setUp(ActiveObjects ao) throws IOException {
    queue = new AoChangeQueue(ao);
    CurrentConfiguration configuration = new CurrentConfiguration(new AoConfigRepository(ao));
    clocks = new AoClockRepository(ao, configuration);
    String policies = Files.readString(Path.of("..", "examples", "helpdesk", "policies.json"));
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
        new ClockRecalculator(configuration, histories, directories, JqlScope.UNKNOWN, clocks);
    worker = new ChangeWorker(queue, recalculator, clock);
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
        java.util.List.of(
            ChangeGroup.of(
                CREATED.plusSeconds(3600), agent, new IssueChange.CommentAdded(agent, false))));
  }

  @DatabaseTest
  void storesTheClocksOfAChangedIssueThenCompletesItsEntry(ActiveObjects ao) {
    jira.put(11L, answered(11));
    queue.enqueue(11, CREATED);

    assertThat(worker.drainOnce()).isEqualTo(1);

    Stored stored = clocks.load(11).orElseThrow();
    assertThat(stored.clocks().issueKey()).isEqualTo("HELP-11");
    assertThat(stored.clocks().projectKey()).isEqualTo("HELP");
    assertThat(stored.clocks().clocks()).isNotEmpty();
    assertThat(stored.clocks().configVersion()).isEqualTo(1);
    assertThat(queue.backlog()).isZero();
  }

  @DatabaseTest
  void removesTheClocksOfADeletedIssue(ActiveObjects ao) {
    jira.put(12L, answered(12));
    queue.enqueue(12, CREATED);
    worker.drainOnce();
    assertThat(clocks.load(12)).isPresent();

    jira.remove(12L); // deleted in Jira; the delete event queued it
    queue.enqueue(12, NOW);
    worker.drainOnce();

    assertThat(clocks.load(12)).isEmpty();
    assertThat(queue.backlog()).isZero();
  }

  @DatabaseTest
  void anIssueThatFailsStaysQueuedWithoutClocks(ActiveObjects ao) {
    jira.put(13L, answered(13));
    queue.enqueue(13, CREATED);
    jiraDown = true;

    assertThat(worker.drainOnce()).isEqualTo(1);

    assertThat(clocks.load(13)).isEmpty();
    assertThat(queue.backlog()).isEqualTo(1);
    assertThat(worker.drainOnce()).as("waits for its retry").isZero();
  }

  @DatabaseTest
  void aCrashBetweenStoringAndCompletingRecomputesTheSameClocks(ActiveObjects ao) {
    jira.put(14L, answered(14));
    queue.enqueue(14, CREATED);
    recalculator.recompute(14, NOW); // stored, then the node died before completing the entry
    Stored first = clocks.load(14).orElseThrow();

    worker.drainOnce();

    Stored second = clocks.load(14).orElseThrow();
    assertThat(queue.backlog()).isZero();
    assertThat(second.version()).as("the same clocks: nothing written").isEqualTo(first.version());
    assertThat(second.clocks()).isEqualTo(first.clocks());
  }

  @DatabaseTest
  void aMovedIssueIsRecomputedUnderItsNewProject(ActiveObjects ao) {
    jira.put(15L, answered(15));
    queue.enqueue(15, CREATED);
    worker.drainOnce();
    IssueHistory before = answered(15);
    UserRef agent = UserRef.of("agent.anna");
    jira.put(
        15L,
        new IssueHistory(
            15,
            "OPS-1",
            before.createdAt(),
            before.creator(),
            before.initialFields(),
            java.util.List.of(
                before.groups().get(0),
                ChangeGroup.of(
                    CREATED.plusSeconds(7200),
                    agent,
                    new IssueChange.FieldChange("project", "HELP", "OPS"),
                    new IssueChange.Moved("HELP", "OPS")))));
    queue.enqueue(15, NOW);

    worker.drainOnce();

    Stored stored = clocks.load(15).orElseThrow();
    assertThat(stored.clocks().projectKey()).isEqualTo("OPS");
    assertThat(stored.clocks().issueKey()).isEqualTo("OPS-1");
    assertThat(stored.clocks().clocks()).as("no policy covers OPS").isEmpty();
  }
}
