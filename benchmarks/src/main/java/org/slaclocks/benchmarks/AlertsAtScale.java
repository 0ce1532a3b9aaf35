package org.slaclocks.benchmarks;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.history.UserRef;
import org.slaclocks.jira.persistence.AoClockRepository;
import org.slaclocks.jira.persistence.AoConfigRepository;
import org.slaclocks.jira.persistence.AoExclusionRepository;
import org.slaclocks.jira.persistence.AoTestDatabase;
import org.slaclocks.jira.persistence.AoTriggerLedger;
import org.slaclocks.jira.persistence.AoTriggerSchedule;
import org.slaclocks.jira.persistence.Database;
import org.slaclocks.jira.tracking.AlertRunner;
import org.slaclocks.jira.tracking.ClockRecalculator;
import org.slaclocks.jira.tracking.CurrentConfiguration;
import org.slaclocks.policy.AlertAction;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.tracking.AlertActions;
import org.slaclocks.tracking.AlertNotice;
import org.slaclocks.tracking.JqlScope;

/**
 * A thousand reminders due at once (the issue's goal: queued within a minute): N issues of the
 * sample's VIP customer at priority Highest, created in the same second, whose "hour-left" reminder
 * (an e-mail) comes due together; one run of the alert job ({@link AlertRunner#runOnce}) plans and
 * does them all. The e-mails go to an in-memory queue, as Jira's mail queue takes them (Jira sends
 * them on its own thread), so the figure is the app's: the due scan, computing each issue, planning
 * the ledger, claiming and recording each action. Issue histories come from memory, as Jira's come
 * from its cache; the clocks, the due index and the ledger are in the database. Run by hand against
 * databases of its own ({@code SLA_TEST_POSTGRES_URL}, {@code SLA_TEST_MARIADB_URL};
 * docs/performance.md):
 *
 * <pre>
 * mvn -B -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar org.slaclocks.benchmarks.AlertsAtScale \
 *     [--db postgresql,mariadb] [--issues 1000] [--runs 3]
 * </pre>
 */
public final class AlertsAtScale {
  private static final Instant CREATED = Instant.parse("2026-03-02T09:00:00Z");
  private static final Instant DUE = CREATED.plus(Duration.ofHours(3));

  public static void main(String[] args) throws Exception {
    AtScaleArguments arguments = AtScaleArguments.parse(args, 1_000, "--runs", 3);
    Path root = Path.of(".").toAbsolutePath();
    while (!Files.exists(root.resolve("examples/helpdesk/policies.json"))) {
      root = root.getParent();
    }
    String policies = Files.readString(root.resolve("examples/helpdesk/policies.json"));
    AtScaleArguments.printMachine();
    for (Database database : arguments.databases()) {
      System.out.println(database.displayName() + " at " + database.url());
      for (int run = 1; run <= arguments.count(); run++) {
        try (AoTestDatabase db = AoTestDatabase.open(database)) {
          measure(db.activeObjects(), policies, arguments.issues());
        }
      }
    }
  }

  private static void measure(ActiveObjects ao, String policies, int issues) {
    CurrentConfiguration configuration = new CurrentConfiguration(new AoConfigRepository(ao));
    configuration.save(policies, 0, "admin", CREATED).orElseThrow();
    Map<Long, IssueHistory> jira = new HashMap<>();
    Map<Long, Instant> all = new HashMap<>();
    for (long id = 1; id <= issues; id++) {
      jira.put(id, vip(id));
      all.put(id, CREATED);
    }
    AoTriggerSchedule schedule = new AoTriggerSchedule(ao);
    ClockRecalculator recalculator =
        new ClockRecalculator(
            configuration,
            (issueId, config) -> Optional.ofNullable(jira.get(issueId)),
            SlaConfiguration::listedDirectory,
            JqlScope.UNKNOWN,
            new AoClockRepository(ao, configuration),
            new AoExclusionRepository(ao),
            schedule);
    if (!recalculator.recomputeAll(all, configuration.get()).isEmpty()) {
      throw new IllegalStateException("the clocks could not be stored");
    }
    ConcurrentLinkedQueue<String> mailQueue = new ConcurrentLinkedQueue<>();
    AlertActions queueMail =
        (AlertNotice notice, AlertAction action) -> {
          mailQueue.add(notice.marker() + " " + action.describe());
          return "queued";
        };
    AlertRunner runner =
        new AlertRunner(
            configuration,
            recalculator,
            schedule,
            new AoTriggerLedger(ao),
            queueMail,
            Clock.fixed(DUE, ZoneOffset.UTC),
            "bench");
    long started = System.nanoTime();
    AlertRunner.Report report = runner.runOnce();
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf(
        "  %d reminders due at once: one run in %,d ms (%s), %d e-mails queued%n",
        issues, millis, report.summary(), mailQueue.size());
    if (mailQueue.size() != issues) {
      throw new IllegalStateException("expected " + issues + " e-mails, got " + mailQueue.size());
    }
  }

  /** A HELP issue of Acme Corp at priority Highest, not answered. */
  private static IssueHistory vip(long id) {
    return new IssueHistory(
        id,
        "HELP-" + id,
        CREATED,
        UserRef.of("alice.acme"),
        Map.of(
            "project", "HELP",
            "status", "Open",
            "priority", "Highest",
            "reporter", "alice.acme",
            "Organization", "Acme Corp"),
        List.of());
  }

  private AlertsAtScale() {}
}
