package org.slaclocks.jira.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.slaclocks.jira.persistence.OldClockRows.COMPUTED;
import static org.slaclocks.jira.persistence.OldClockRows.PAUSED_BREACH;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.slaclocks.clock.ClockFacts;
import org.slaclocks.clock.ClockState;
import org.slaclocks.format.PolicyJson;
import org.slaclocks.policy.Metric;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.query.ClockQuestion;
import org.slaclocks.query.ClockQuestions;
import org.slaclocks.query.Exclusions;
import org.slaclocks.tracking.ChangeQueue;
import org.slaclocks.tracking.ClockRepository.Stored;
import org.slaclocks.tracking.ClockUpdate;
import org.slaclocks.tracking.StoredClock;
import org.slaclocks.tracking.TriggerArming;
import org.slaclocks.tracking.TriggerLedger;
import org.slaclocks.tracking.TriggerSchedule;

/**
 * Databases created by model versions 1 and 2 (with their frozen entities) and filled with rows as
 * those versions wrote them, upgraded to the current version the way Jira's AO plugin does it.
 */
class AoSchemaUpgradeTest {
  private static final Instant UPGRADED_AT = Instant.parse("2026-03-05T08:00:00Z");
  private static final Clock CLOCK = Clock.fixed(UPGRADED_AT, ZoneOffset.UTC);

  private static final List<Class<? extends RawEntity<?>>> VERSION_1 =
      List.of(
          org.slaclocks.jira.persistence.schema.v1.AoIssueClocks.class,
          org.slaclocks.jira.persistence.schema.v1.AoClock.class,
          org.slaclocks.jira.persistence.schema.v1.AoChange.class,
          org.slaclocks.jira.persistence.schema.v1.AoQueueClaim.class,
          org.slaclocks.jira.persistence.schema.v1.AoTriggerFiring.class,
          org.slaclocks.jira.persistence.schema.v1.AoAuditEntry.class,
          org.slaclocks.jira.persistence.schema.v1.AoConfigDoc.class,
          org.slaclocks.jira.persistence.schema.v1.AoExclusion.class);

  private static final List<Class<? extends RawEntity<?>>> VERSION_2 =
      List.of(
          org.slaclocks.jira.persistence.schema.v2.AoIssueClocks.class,
          org.slaclocks.jira.persistence.schema.v2.AoClock.class,
          org.slaclocks.jira.persistence.schema.v2.AoChange.class,
          org.slaclocks.jira.persistence.schema.v2.AoQueueClaim.class,
          org.slaclocks.jira.persistence.schema.v2.AoTriggerFiring.class,
          org.slaclocks.jira.persistence.schema.v2.AoAuditEntry.class,
          org.slaclocks.jira.persistence.schema.v2.AoConfigDoc.class,
          org.slaclocks.jira.persistence.schema.v2.AoExclusion.class);

  private static final List<Class<? extends RawEntity<?>>> VERSION_3 =
      List.of(
          org.slaclocks.jira.persistence.schema.v3.AoIssueClocks.class,
          org.slaclocks.jira.persistence.schema.v3.AoClock.class,
          org.slaclocks.jira.persistence.schema.v3.AoChange.class,
          org.slaclocks.jira.persistence.schema.v3.AoQueueClaim.class,
          org.slaclocks.jira.persistence.schema.v3.AoTriggerFiring.class,
          org.slaclocks.jira.persistence.schema.v3.AoAuditEntry.class,
          org.slaclocks.jira.persistence.schema.v3.AoConfigDoc.class,
          org.slaclocks.jira.persistence.schema.v3.AoExclusion.class,
          org.slaclocks.jira.persistence.schema.v3.AoWorkerNode.class);

  /**
   * A version 3 database gets POLICY_HASH and the question indexes that hold it from Active
   * Objects' own migration of the current entities (a new nullable column needs no task); its rows
   * keep a null hash until their issue is stored again (AoClockQueriesTest).
   */
  @DatabaseTest
  void aDatabaseOfModelVersion3GetsThePolicyHashAndItsIndexes(AoTestDatabase db) throws Exception {
    create(db, VERSION_3);
    assertThat(columns(db)).doesNotContain("POLICY_HASH");
    assertThat(indexes(db).values()).contains(List.of("METRIC_ID", "BREACH_AT", "ISSUE_ID"));

    ModelVersion upgraded =
        AoUpgrades.run(
            db.activeObjects(),
            ModelVersion.valueOf("3"),
            AoSchema.upgradeTasks(CLOCK),
            AoSchema.entities());

    assertThat(upgraded.isSame(AoSchema.modelVersion())).isTrue();
    assertThat(columns(db)).contains("POLICY_HASH");
    assertThat(indexes(db).values())
        .contains(
            List.of("METRIC_ID", "BREACH_AT", "POLICY_HASH", "ISSUE_ID"),
            List.of("METRIC_ID", "AT_RISK_AT", "POLICY_HASH", "ISSUE_ID"),
            List.of("METRIC_ID", "FIRST_BREACH_AT", "POLICY_HASH", "ISSUE_ID"),
            List.of("METRIC_ID", "COMPLETED_CYCLES", "POLICY_HASH", "ISSUE_ID"),
            List.of(
                "METRIC_ID",
                "STATE",
                "CALENDAR",
                "GOAL_MS",
                "ZERO_AT",
                "ELAPSED_MS",
                "POLICY_HASH",
                "ISSUE_ID"))
        .doesNotContain(List.of("METRIC_ID", "BREACH_AT", "ISSUE_ID"));
  }

  /**
   * A version 3 database (version 2 rows converted by the version 3 task, a firing version 3
   * recorded, a running clock of a metric with reminders): the recorded firing is done, due when it
   * fired; every clock is armed from the upgrade instant; the issues of open clocks are queued.
   */
  @DatabaseTest
  void upgradesADatabaseOfModelVersion3(AoTestDatabase db) throws Exception {
    ActiveObjects ao = version3(db);

    ModelVersion upgraded =
        AoUpgrades.run(
            ao, ModelVersion.valueOf("3"), AoSchema.upgradeTasks(CLOCK), AoSchema.entities());

    assertThat(upgraded.isSame(AoSchema.modelVersion())).isTrue();
    assertThat(columns(db)).contains("TRIGGER_ARMING", "TRIGGERS_FROM", "NEXT_TRIGGER_AT");
    assertThat(indexes(db).values()).contains(List.of("NEXT_TRIGGER_AT", "ID"));
    assertThat(columns(db, AoTriggerFiring.class))
        .contains("DUE_AT", "STATE", "CLAIMED_BY", "LEASE_UNTIL", "ATTEMPTS", "NEXT_ATTEMPT_AT")
        .contains("ACTIONS_DONE", "OUTCOME", "UPDATED_AT")
        .doesNotContain("FIRED_AT");
    assertThat(indexes(db, AoTriggerFiring.class).values()).contains(List.of("STATE", "DUE_AT"));

    // The firing version 3 recorded is done, due when it fired, and never claimed.
    TriggerLedger ledger = new AoTriggerLedger(ao);
    assertThat(ledger.firings(101))
        .containsExactly(
            new TriggerLedger.Firing(
                ledger.firings(101).get(0).id(),
                101,
                "ttr",
                0,
                "hour-left",
                FIRED_AT,
                TriggerLedger.State.DONE,
                0,
                null,
                Set.of(),
                "e-mail to agent.anna",
                FIRED_AT));
    assertThat(ledger.claim("node", UPGRADED_AT, Duration.ofMinutes(5), 10)).isEmpty();
    assertThat(ledger.backlog().values()).containsOnly(0L);

    // Every clock owes firings from the upgrade on; the one with reminders is armed.
    List<Long> from = new ArrayList<>();
    ao.stream(
        AoClock.class, Query.select("ID,TRIGGERS_FROM"), row -> from.add(row.getTriggersFrom()));
    assertThat(from).hasSize(8).containsOnly(UPGRADED_AT.toEpochMilli());
    SlaConfiguration config = config();
    Metric firstResponse =
        config.policies().stream()
            .filter(p -> p.id().equals("vip"))
            .flatMap(p -> p.metrics().stream())
            .filter(m -> m.id().equals("first-response"))
            .findFirst()
            .orElseThrow();
    assertThat(new AoTriggerSchedule(ao).triggers(List.of(101L, 102L, 103L, 107L)))
        .isEqualTo(
            Map.of(
                107L,
                Map.of(
                    "first-response",
                    new TriggerSchedule.Triggers(
                        TriggerArming.of("vip", firstResponse), UPGRADED_AT, null))));

    // The issues of open clocks are queued, so that the worker stores their next trigger; then
    // model version 5 queues every issue with clocks, so that the worker writes their cycle rows.
    assertThat(new TreeSet<>(queued(ao))).containsExactly(101L, 102L, 103L, 104L, 105L, 106L, 107L);

    // The ledger takes outcomes longer than version 3's 450 characters.
    ledger.plan(
        List.of(new TriggerLedger.Planned(107, "first-response", 0, "late", UPGRADED_AT)),
        UPGRADED_AT);
    long id = ledger.claim("node", UPGRADED_AT, Duration.ofMinutes(5), 10).get(0).id();
    String line = "e-mail to " + "agent.anna, ".repeat(100);
    assertThat(ledger.actionDone(id, "node", 0, line, UPGRADED_AT)).isTrue();
    assertThat(ledger.firings(107).get(0).outcome()).isEqualTo(line);
  }

  @DatabaseTest
  void runningTheVersion4TaskAgainQueuesNothingTwice(AoTestDatabase db) throws Exception {
    ActiveObjects ao = version3(db);
    AlertTriggersUpgrade task = new AlertTriggersUpgrade(CLOCK);

    task.upgrade(ModelVersion.valueOf("3"), ao);
    List<Long> firstRun = queued(ao);
    task.upgrade(ModelVersion.valueOf("3"), ao);

    assertThat(queued(ao)).isEqualTo(firstRun);
    assertThat(new AoTriggerLedger(ao).firings(101))
        .extracting(TriggerLedger.Firing::dueAt)
        .containsExactly(FIRED_AT);
  }

  /**
   * A version 4 database (the worker had stored the next triggers: its queue is empty) gets the
   * cycle tables with their indexes, and every stored issue is queued once; the worker's store of
   * an issue's unchanged clocks then writes its cycle rows, and a second store leaves them alone.
   */
  @DatabaseTest
  void upgradesADatabaseOfModelVersion4(AoTestDatabase db) throws Exception {
    ActiveObjects ao = version4(db);
    assertThatThrownBy(() -> columns(db, AoCycle.class)).hasMessageContaining("no table");
    assertThatThrownBy(() -> columns(db, AoCycleField.class)).hasMessageContaining("no table");

    ModelVersion upgraded =
        AoUpgrades.run(
            ao, ModelVersion.valueOf("4"), AoSchema.upgradeTasks(CLOCK), AoSchema.entities());

    assertThat(upgraded.isSame(AoSchema.modelVersion())).isTrue();
    assertThat(columns(db, AoCycle.class))
        .contains("ISSUE_ID", "PROJECT_KEY", "STATE", "START_AT", "STOP_AT", "DECIDED_AT")
        .contains("BREACH_AT", "BREACH_DAY", "BREACH_HOUR", "ZERO_AT", "ZONE", "CONTENT_HASH");
    assertCycleTablesOfVersion6(db);
    // Every stored issue (106's clocks are gone: its recomputation finds none), each queued at the
    // upgrade's instant, by version 5 and again by version 6; the worker claims each once.
    assertThat(new TreeSet<>(queued(ao))).containsExactly(101L, 102L, 103L, 104L, 105L, 106L, 107L);
    ao.stream(
        AoChange.class,
        Query.select("ID,ENQUEUED_AT"),
        row -> assertThat(row.getEnqueuedAt()).isEqualTo(UPGRADED_AT.toEpochMilli()));
    assertThat(cycleRows(ao)).isEmpty();

    // The worker recomputes issue 107: the same clocks, now with the fields at its cycle's start.
    AoClockRepository clocks = new AoClockRepository(ao, config()::calendar);
    ClockUpdate update = unchangedWithFields107(ao, clocks);
    assertThat(clocks.storeAll(List.of(update))).isEmpty();

    List<String> written = cycleRows(ao);
    assertThat(written).containsExactly("107 vip first-response 1 RUNNING");
    assertThat(fieldRows(ao)).containsExactlyInAnyOrder("107 priority High", "107 Region EMEA");
    List<Long> ids = new ArrayList<>();
    ao.stream(AoCycle.class, Query.select("ID"), row -> ids.add(row.getID()));

    assertThat(clocks.storeAll(List.of(update))).isEmpty();
    List<Long> again = new ArrayList<>();
    ao.stream(AoCycle.class, Query.select("ID"), row -> again.add(row.getID()));
    assertThat(again).isEqualTo(ids);
  }

  @DatabaseTest
  void runningTheVersion5TaskAgainQueuesEachIssueAgainAndNothingElse(AoTestDatabase db)
      throws Exception {
    ActiveObjects ao = version4(db);
    CycleRowsUpgrade task = new CycleRowsUpgrade(CLOCK);

    task.upgrade(ModelVersion.valueOf("4"), ao);
    List<Long> firstRun = queued(ao);
    task.upgrade(ModelVersion.valueOf("4"), ao);

    assertThat(firstRun).containsExactly(101L, 102L, 103L, 104L, 105L, 106L, 107L);
    List<Long> both = new ArrayList<>(firstRun);
    both.addAll(firstRun);
    assertThat(queued(ao)).containsExactlyInAnyOrderElementsOf(both);
    // The worker claims each issue once, for one recomputation.
    assertThat(
            new AoChangeQueue(ao)
                .claim("node", 100, UPGRADED_AT, Duration.ofMinutes(5)).stream()
                    .map(ChangeQueue.Claim::issueId))
        .containsExactlyInAnyOrder(101L, 102L, 103L, 104L, 105L, 106L, 107L);
    assertThat(cycleRows(ao)).isEmpty();
  }

  /**
   * Issue 107's stored clocks as the worker's recomputation finds them (unchanged), with the report
   * fields at its cycle's start.
   */
  private static ClockUpdate unchangedWithFields107(ActiveObjects ao, AoClockRepository clocks) {
    Stored stored = clocks.load(107).orElseThrow();
    return new ClockUpdate(
            stored.clocks(),
            stored.version(),
            new AoTriggerSchedule(ao).triggers(List.of(107L)).getOrDefault(107L, Map.of()))
        .withCycleFields(
            Map.of("first-response", List.of(Map.of("priority", "High", "Region", "EMEA"))));
  }

  /**
   * The cycle tables as version 6 has them: the report line as a number, and indexes that hold
   * every column a report's count reads.
   */
  private static void assertCycleTablesOfVersion6(AoTestDatabase db) throws SQLException {
    assertThat(indexes(db, AoCycle.class).values())
        .contains(
            List.of(
                "HAS_PREV",
                "DECIDED_AT",
                "PROJECT_KEY",
                "LINE_HASH",
                "STATE",
                "MET_AT_RISK",
                "PREV_DECIDED_AT",
                "BREACH_DAY",
                "BREACH_HOUR",
                "ISSUE_ID"),
            List.of(
                "STOP_AT",
                "START_AT",
                "PROJECT_KEY",
                "LINE_HASH",
                "STATE",
                "AT_RISK_AT",
                "DECIDED_AT",
                "PREV_DECIDED_AT",
                "ISSUE_ID"),
            List.of("STATE", "BREACH_AT"),
            List.of("ISSUE_ID"));
    assertThat(columns(db, AoCycleField.class))
        .contains("FIELD", "LINE_HASH", "DECIDED_AT")
        .doesNotContain("FIELD_VALUE", "POLICY_ID", "METRIC_ID");
    assertThat(indexes(db, AoCycleField.class).values())
        .contains(
            List.of(
                "FIELD",
                "HAS_PREV",
                "DECIDED_AT",
                "PROJECT_KEY",
                "LINE_HASH",
                "STATE",
                "MET_AT_RISK",
                "PREV_DECIDED_AT",
                "ISSUE_ID"),
            List.of(
                "FIELD",
                "STOP_AT",
                "START_AT",
                "PROJECT_KEY",
                "LINE_HASH",
                "STATE",
                "AT_RISK_AT",
                "DECIDED_AT",
                "PREV_DECIDED_AT",
                "ISSUE_ID"));
    assertThat(columns(db, AoCycleLine.class))
        .contains("LINE_HASH", "POLICY_ID", "METRIC_ID", "FIELD", "FIELD_VALUE");
  }

  /**
   * A version 5 database whose worker had written cycle rows: the version 6 task drops them (they
   * cannot be numbered in place), gives the tables their version 6 shape and queues every issue
   * with clocks; the worker's store of an issue then writes its rows and names its lines.
   */
  @DatabaseTest
  void upgradesADatabaseOfModelVersion5(AoTestDatabase db) throws Exception {
    ActiveObjects ao = version4(db);
    new CycleRowsUpgrade(CLOCK).upgrade(ModelVersion.valueOf("4"), ao);
    ao.deleteWithSQL(org.slaclocks.jira.persistence.schema.v5.AoChange.class, null);
    Map<String, Object> cycle = new HashMap<>();
    cycle.put("ISSUE_ID", 107L);
    cycle.put("ISSUE_KEY", "HELP-107");
    cycle.put("PROJECT_KEY", "HELP");
    cycle.put("POLICY_ID", "vip");
    cycle.put("METRIC_ID", "first-response");
    cycle.put("CYCLE_INDEX", 1);
    cycle.put("CYCLE_COUNT", 1);
    cycle.put("STATE", "RUNNING");
    cycle.put("START_AT", COMPUTED.toEpochMilli());
    cycle.put("ELAPSED_MS", 0L);
    cycle.put("ELAPSED_AT", COMPUTED.toEpochMilli());
    cycle.put("MET_AT_RISK", 0);
    cycle.put("GOAL_MS", 3_600_000L);
    cycle.put("GOAL_LABEL", "1h");
    cycle.put("CALENDAR", "24/7");
    cycle.put("ZONE", "UTC");
    cycle.put("CONTENT_HASH", 1L);
    ao.create(org.slaclocks.jira.persistence.schema.v5.AoCycle.class, List.of(cycle));

    ModelVersion upgraded =
        AoUpgrades.run(
            ao, ModelVersion.valueOf("5"), AoSchema.upgradeTasks(CLOCK), AoSchema.entities());

    assertThat(upgraded.isSame(AoSchema.modelVersion())).isTrue();
    assertCycleTablesOfVersion6(db);
    assertThat(cycleRows(ao)).as("version 5's rows are dropped").isEmpty();
    assertThat(queued(ao)).containsExactly(101L, 102L, 103L, 104L, 105L, 106L, 107L);

    AoClockRepository clocks = new AoClockRepository(ao, config()::calendar);
    ClockUpdate update = unchangedWithFields107(ao, clocks);
    assertThat(clocks.storeAll(List.of(update))).isEmpty();

    assertThat(cycleRows(ao)).containsExactly("107 vip first-response 1 RUNNING");
    assertThat(fieldRows(ao)).containsExactlyInAnyOrder("107 priority High", "107 Region EMEA");
  }

  /**
   * A version 6 database with cycle rows: the version 7 task sums the stopped ones per UTC month,
   * for the cycle rows and each field's rows, met at risk summed too; open cycles are not summed,
   * nothing is queued, and the rows stay. Run again (after a crash), it writes the same sums once.
   */
  @DatabaseTest
  void upgradesADatabaseOfModelVersion6(AoTestDatabase db) throws Exception {
    ActiveObjects ao = version4(db);
    new CycleRowsUpgrade(CLOCK).upgrade(ModelVersion.valueOf("4"), ao);
    new CycleLinesUpgrade(CLOCK).upgrade(ModelVersion.valueOf("5"), ao);
    ao.deleteWithSQL(org.slaclocks.jira.persistence.schema.v5.AoChange.class, null);
    long jan31 = Instant.parse("2026-01-31T23:59:59.999Z").toEpochMilli();
    long feb1 = Instant.parse("2026-02-01T00:00:00Z").toEpochMilli();
    // issue, line, state, stop (null: open), met at risk; each with a priority row
    Object[][] cycles = {
      {201L, 11L, "MET", jan31, 1},
      {202L, 11L, "MET", jan31 - 86_400_000L, 0},
      {203L, 11L, "BREACHED", feb1, 0},
      {204L, 11L, "MET", feb1, 1},
      {205L, 12L, "MET", feb1, 0},
      {206L, 11L, "RUNNING", null, 0},
    };
    for (Object[] c : cycles) {
      Map<String, Object> cycle = new HashMap<>();
      cycle.put("ISSUE_ID", c[0]);
      cycle.put("ISSUE_KEY", "HELP-" + c[0]);
      cycle.put("PROJECT_KEY", "HELP");
      cycle.put("POLICY_ID", "vip");
      cycle.put("METRIC_ID", "first-response");
      cycle.put("LINE_HASH", c[1]);
      cycle.put("CYCLE_INDEX", 1);
      cycle.put("CYCLE_COUNT", 1);
      cycle.put("STATE", c[2]);
      cycle.put("START_AT", jan31 - 5 * 86_400_000L);
      if (c[3] != null) {
        cycle.put("STOP_AT", c[3]);
        cycle.put("DECIDED_AT", c[3]);
      }
      cycle.put("ELAPSED_MS", 0L);
      cycle.put("ELAPSED_AT", COMPUTED.toEpochMilli());
      cycle.put("MET_AT_RISK", c[4]);
      cycle.put("HAS_PREV", 0);
      cycle.put("GOAL_MS", 3_600_000L);
      cycle.put("GOAL_LABEL", "1h");
      cycle.put("CALENDAR", "24/7");
      cycle.put("ZONE", "UTC");
      cycle.put("CONTENT_HASH", 1L);
      ao.create(org.slaclocks.jira.persistence.schema.v6.AoCycle.class, List.of(cycle));
      Map<String, Object> field = new HashMap<>();
      for (String column :
          List.of("ISSUE_ID", "PROJECT_KEY", "CYCLE_INDEX", "CYCLE_COUNT", "STATE", "START_AT")) {
        field.put(column, cycle.get(column));
      }
      if (c[3] != null) {
        field.put("STOP_AT", c[3]);
        field.put("DECIDED_AT", c[3]);
      }
      field.put("FIELD", "priority");
      field.put("LINE_HASH", 100 + (Long) c[1]);
      field.put("MET_AT_RISK", c[4]);
      field.put("HAS_PREV", 0);
      ao.create(org.slaclocks.jira.persistence.schema.v6.AoCycleField.class, List.of(field));
    }

    ModelVersion upgraded =
        AoUpgrades.run(
            ao, ModelVersion.valueOf("6"), AoSchema.upgradeTasks(CLOCK), AoSchema.entities());

    assertThat(upgraded.isSame(AoSchema.modelVersion())).isTrue();
    List<String> expected =
        List.of(
            "null HELP 11 2026-01-01T00:00:00Z MET 2 1 0",
            "null HELP 11 2026-02-01T00:00:00Z BREACHED 1 0 0",
            "null HELP 11 2026-02-01T00:00:00Z MET 1 1 0",
            "null HELP 12 2026-02-01T00:00:00Z MET 1 0 0",
            "priority HELP 111 2026-01-01T00:00:00Z MET 2 1 0",
            "priority HELP 111 2026-02-01T00:00:00Z BREACHED 1 0 0",
            "priority HELP 111 2026-02-01T00:00:00Z MET 1 1 0",
            "priority HELP 112 2026-02-01T00:00:00Z MET 1 0 0");
    assertThat(sums(ao)).containsExactlyElementsOf(expected);
    assertThat(cycleRows(ao)).hasSize(cycles.length);
    assertThat(queued(ao)).as("nothing to recompute").isEmpty();
    assertThat(indexes(db, AoCycleSum.class).values())
        .contains(
            List.of(
                "FIELD",
                "MONTH_AT",
                "PROJECT_KEY",
                "LINE_HASH",
                "STATE",
                "CYCLE_COUNT",
                "MET_AT_RISK"),
            List.of("FRESH", "FIELD", "MONTH_AT"));

    new CycleSumsUpgrade().upgrade(ModelVersion.valueOf("6"), ao);
    assertThat(sums(ao)).as("run again").containsExactlyElementsOf(expected);
  }

  /** "field project line month state count atRisk fresh" of each monthly sum, ordered. */
  static List<String> sums(ActiveObjects ao) {
    List<String> rows = new ArrayList<>();
    ao.stream(
        AoCycleSum.class,
        Query.select("ID,FIELD,PROJECT_KEY,LINE_HASH,MONTH_AT,STATE,CYCLE_COUNT,MET_AT_RISK,FRESH"),
        row ->
            rows.add(
                String.join(
                    " ",
                    String.valueOf(row.getField()),
                    row.getProjectKey(),
                    String.valueOf(row.getLineHash()),
                    Instant.ofEpochMilli(row.getMonthAt()).toString(),
                    row.getState(),
                    String.valueOf(row.getCycleCount()),
                    String.valueOf(row.getMetAtRisk()),
                    String.valueOf(row.getFresh()))));
    rows.sort(null);
    return rows;
  }

  /**
   * The version 3 database upgraded by the version 4 task, with issue 107's issue row, and the
   * queue emptied by the worker.
   */
  private static ActiveObjects version4(AoTestDatabase db) throws Exception {
    ActiveObjects ao = version3(db);
    new AlertTriggersUpgrade(CLOCK).upgrade(ModelVersion.valueOf("3"), ao);
    Map<String, Object> issue = new HashMap<>();
    issue.put("ISSUE_ID", 107L);
    issue.put("ISSUE_KEY", "HELP-107");
    issue.put("PROJECT_KEY", "HELP");
    issue.put("CONFIG_VERSION", 1L);
    issue.put("COMPUTED_AT", COMPUTED.toEpochMilli());
    issue.put("CLOCK_COUNT", 1);
    issue.put("VERSION", 1L);
    ao.create(org.slaclocks.jira.persistence.schema.v4.AoIssueClocks.class, List.of(issue));
    ao.deleteWithSQL(org.slaclocks.jira.persistence.schema.v4.AoChange.class, null);
    return ao;
  }

  /** "issue policy metric index state" of each cycle row, by issue. */
  private static List<String> cycleRows(ActiveObjects ao) {
    List<String> rows = new ArrayList<>();
    ao.stream(
        AoCycle.class,
        Query.select("ID,ISSUE_ID,POLICY_ID,METRIC_ID,CYCLE_INDEX,STATE").order("ISSUE_ID, ID"),
        row ->
            rows.add(
                row.getIssueId()
                    + " "
                    + row.getPolicyId()
                    + " "
                    + row.getMetricId()
                    + " "
                    + row.getCycleIndex()
                    + " "
                    + row.getState()));
    return rows;
  }

  /** "issue field value" of each field row, the value read from the row's named line. */
  private static List<String> fieldRows(ActiveObjects ao) {
    Map<Long, String> values = new HashMap<>();
    ao.stream(
        AoCycleLine.class,
        Query.select("ID,LINE_HASH,FIELD,FIELD_VALUE"),
        row -> values.put(row.getLineHash(), row.getField() + " " + row.getFieldValue()));
    List<String> rows = new ArrayList<>();
    ao.stream(
        AoCycleField.class,
        Query.select("ID,ISSUE_ID,LINE_HASH"),
        row -> rows.add(row.getIssueId() + " " + values.get(row.getLineHash())));
    return rows;
  }

  private static final Instant FIRED_AT = Instant.parse("2026-03-04T09:30:00.250Z");

  /**
   * Version 2 rows converted by the version 3 task (its queue emptied, as the worker would), a
   * firing recorded by version 3, and issue 107: a running first response of the helpdesk's "vip"
   * policy, whose metric has reminders and escalations.
   */
  private static ActiveObjects version3(AoTestDatabase db) throws Exception {
    ActiveObjects ao = create(db, VERSION_2);
    ao.create(
        org.slaclocks.jira.persistence.schema.v2.AoConfigDoc.class,
        List.of(OldClockRows.configDoc()));
    ao.create(
        org.slaclocks.jira.persistence.schema.v2.AoIssueClocks.class, OldClockRows.issueRows());
    ao.create(org.slaclocks.jira.persistence.schema.v2.AoClock.class, OldClockRows.clockRows(true));
    new ClockFactsUpgrade(CLOCK).upgrade(ModelVersion.valueOf("2"), ao);
    ao.deleteWithSQL(org.slaclocks.jira.persistence.schema.v3.AoChange.class, null);

    ClockFacts running = Clocks.running("first-response", COMPUTED.plus(Duration.ofHours(2)));
    ClockFacts vip =
        new ClockFacts("vip", "first-response", running.metricName(), running.cycles());
    String cycles = CyclesJson.write(vip);
    Map<String, Object> clock = new HashMap<>();
    clock.put("ISSUE_ID", 107L);
    clock.put("POLICY_ID", "vip");
    clock.put("METRIC_ID", "first-response");
    clock.put("CYCLE_INDEX", 1);
    clock.put("STATE", "RUNNING");
    clock.put("ELAPSED_MS", 600_000L);
    clock.put("COMPLETED_CYCLES", 0);
    clock.put("VERSION", 1L);
    clock.put("CONTENT_HASH", ContentHash.of("vip", "first-response", null, cycles));
    clock.put("CYCLES", cycles);
    ao.create(org.slaclocks.jira.persistence.schema.v3.AoClock.class, List.of(clock));
    Map<String, Object> firing = new HashMap<>();
    firing.put("FIRING_KEY", "101|ttr|0|hour-left");
    firing.put("ISSUE_ID", 101L);
    firing.put("METRIC_ID", "ttr");
    firing.put("CYCLE_INDEX", 0);
    firing.put("TRIGGER_ID", "hour-left");
    firing.put("FIRED_AT", FIRED_AT.toEpochMilli());
    firing.put("OUTCOME", "e-mail to agent.anna");
    ao.create(org.slaclocks.jira.persistence.schema.v3.AoTriggerFiring.class, List.of(firing));
    return ao;
  }

  /** The helpdesk configuration the old rows were computed with (revision 1). */
  private static SlaConfiguration config() throws Exception {
    return PolicyJson.parse(
        Files.readString(Path.of("..", "examples", "helpdesk", "policies.json")));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ActiveObjects create(
      AoTestDatabase db, List<Class<? extends RawEntity<?>>> model) {
    db.dropTables();
    db.activeObjects().migrate(model.toArray(new Class[0]));
    return db.activeObjects();
  }

  @DatabaseTest
  void upgradesADatabaseOfModelVersion1(AoTestDatabase db) throws Exception {
    ActiveObjects ao = create(db, VERSION_1);
    ao.create(
        org.slaclocks.jira.persistence.schema.v1.AoConfigDoc.class,
        List.of(OldClockRows.configDoc()));
    ao.create(
        org.slaclocks.jira.persistence.schema.v1.AoIssueClocks.class, OldClockRows.issueRows());
    ao.create(
        org.slaclocks.jira.persistence.schema.v1.AoClock.class, OldClockRows.clockRows(false));

    upgradeAndCheck(db, "1");
  }

  @DatabaseTest
  void upgradesADatabaseOfModelVersion2(AoTestDatabase db) throws Exception {
    ActiveObjects ao = create(db, VERSION_2);
    ao.create(
        org.slaclocks.jira.persistence.schema.v2.AoConfigDoc.class,
        List.of(OldClockRows.configDoc()));
    ao.create(
        org.slaclocks.jira.persistence.schema.v2.AoIssueClocks.class, OldClockRows.issueRows());
    ao.create(org.slaclocks.jira.persistence.schema.v2.AoClock.class, OldClockRows.clockRows(true));
    assertThat(columns(db)).contains("AT_RISK", "DEADLINE", "BREACHED");

    upgradeAndCheck(db, "2");
  }

  private void upgradeAndCheck(AoTestDatabase db, String from) throws Exception {
    ActiveObjects ao = db.activeObjects();
    SlaConfiguration config = config();

    ModelVersion upgraded =
        AoUpgrades.run(
            ao, ModelVersion.valueOf(from), AoSchema.upgradeTasks(CLOCK), AoSchema.entities());

    assertThat(upgraded.isSame(AoSchema.modelVersion())).isTrue();
    assertThat(columns(db))
        .as("the flags that changed with time alone are gone")
        .doesNotContain(
            "DEADLINE", "BREACHED", "EVER_BREACHED", "AT_RISK", "WITHIN_HOURS", "PROJECT_KEY")
        .contains(
            "CALENDAR", "ELAPSED_AT", "ZERO_AT", "BREACH_AT", "FIRST_BREACH_AT", "CONTENT_HASH");
    assertThat(indexes(db).values())
        .contains(List.of("METRIC_ID", "BREACH_AT", "POLICY_HASH", "ISSUE_ID"));

    AoClockRepository clocks = new AoClockRepository(ao, config::calendar);
    List<Long> ids = List.of(101L, 102L, 103L, 104L, 105L, 106L);
    Map<Long, Stored> read =
        assertThatThrownBy(() -> clocks.loadAll(ids))
            .isInstanceOf(UnreadableClocksException.class)
            .extracting(e -> ((UnreadableClocksException) e))
            .satisfies(e -> assertThat(e.reasons()).containsOnlyKeys(104L, 105L))
            .actual()
            .readable();
    assertThat(read).containsOnlyKeys(101L, 102L, 103L, 106L);
    assertThat(read.get(103L).clocks().clocks().get(0))
        .as("stopped cycles are complete facts")
        .isEqualTo(OldClockRows.expectedStoppedFirstResponse());
    assertThat(read.get(103L).clocks().clocks().get(1).cycles()).isEmpty();
    assertThat(read.get(101L).clocks().clocks().get(1))
        .isEqualTo(OldClockRows.expectedRunningResolution());
    assertThat(read.get(101L).version()).as("versions are kept").isEqualTo(3);
    assertThat(read.get(101L).clocks().computedAt()).isEqualTo(COMPUTED);
    assertThat(clocks.summaries(101))
        .contains(StoredClock.of(101, OldClockRows.expectedRunningResolution(), config::calendar));
    StoredClock paused = clocks.summaries(102).get(0);
    assertThat(paused.state()).isEqualTo(ClockState.PAUSED);
    assertThat(paused.breachAt()).isEqualTo(PAUSED_BREACH);

    // The converted rows answer questions at any later now.
    assertThat(ids(clocks, "ttr", new ClockQuestion.Breached(), UPGRADED_AT, config))
        .containsExactly(102L);
    assertThat(
            ids(
                clocks,
                "ttr",
                new ClockQuestion.Breached(),
                OldClockRows.RESOLUTION_DEADLINE.plusSeconds(1),
                config))
        .containsExactly(101L, 102L);
    assertThat(ids(clocks, "ttfr", new ClockQuestion.EverBreached(), UPGRADED_AT, config))
        .containsExactly(103L);

    // Issues with open cycles and rows left as they were are queued, at the app clock's instant.
    List<Long> entries = new ArrayList<>();
    List<Long> instants = new ArrayList<>();
    ao.stream(
        AoChange.class,
        Query.select("ID,ISSUE_ID,ENQUEUED_AT"),
        row -> {
          entries.add(row.getIssueId());
          instants.add(row.getEnqueuedAt());
        });
    // Model version 5 then queues every issue with clocks, for the worker to write their cycles.
    assertThat(new TreeSet<>(entries)).containsExactly(101L, 102L, 103L, 104L, 105L, 106L);
    assertThat(instants).containsOnly(UPGRADED_AT.toEpochMilli());
    ChangeQueue queue = new AoChangeQueue(ao);
    assertThat(queue.claim("node", 10, UPGRADED_AT, Duration.ofMinutes(5)))
        .extracting(ChangeQueue.Claim::issueId)
        .containsExactlyInAnyOrder(101L, 102L, 103L, 104L, 105L, 106L);

    // The worker's recomputation replaces the rows left as they were.
    Map<Long, Long> versions = clocks.versions(List.of(104L, 105L));
    assertThat(clocks.store(Clocks.issue(104, Clocks.running("ttr", COMPUTED)), versions.get(104L)))
        .isTrue();
    assertThat(clocks.store(Clocks.issue(105), versions.get(105L))).isTrue();
    assertThat(clocks.loadAll(ids)).hasSize(6);
  }

  private static List<Long> ids(
      AoClockRepository clocks,
      String metric,
      ClockQuestion.Ask ask,
      Instant now,
      SlaConfiguration config) {
    List<Long> ids = new ArrayList<>();
    new ClockQuestions(clocks)
        .issueIds(ClockQuestion.of(metric, ask), now, config::calendar, Exclusions.NONE, ids::add);
    return ids;
  }

  @DatabaseTest
  void runningTheTaskAgainAfterACrashConvertsWhatIsLeft(AoTestDatabase db) throws Exception {
    ActiveObjects ao = create(db, VERSION_2);
    ao.create(
        org.slaclocks.jira.persistence.schema.v2.AoConfigDoc.class,
        List.of(OldClockRows.configDoc()));
    ao.create(
        org.slaclocks.jira.persistence.schema.v2.AoIssueClocks.class, OldClockRows.issueRows());
    ao.create(org.slaclocks.jira.persistence.schema.v2.AoClock.class, OldClockRows.clockRows(true));
    ClockFactsUpgrade task = new ClockFactsUpgrade(CLOCK);

    task.upgrade(ModelVersion.valueOf("2"), ao);
    List<Long> firstRun = queued(ao);
    task.upgrade(ModelVersion.valueOf("2"), ao); // AO runs it again when the first run failed

    assertThat(queued(ao)).as("nothing converted or queued twice").isEqualTo(firstRun);
    AoClockRepository clocks = new AoClockRepository(ao, config()::calendar);
    assertThat(clocks.load(103)).isPresent();
  }

  private static List<Long> queued(ActiveObjects ao) {
    List<Long> ids = new ArrayList<>();
    ao.stream(
        AoChange.class, Query.select("ID,ISSUE_ID").order("ID"), row -> ids.add(row.getIssueId()));
    return ids;
  }

  @DatabaseTest
  void aFirstInstallRunsTheTasksOnAnEmptyDatabase(AoTestDatabase db) {
    db.dropTables();

    ModelVersion installed =
        AoUpgrades.run(
            db.activeObjects(),
            ModelVersion.valueOf(null),
            AoSchema.upgradeTasks(CLOCK),
            AoSchema.entities());

    assertThat(installed.isSame(AoSchema.modelVersion())).isTrue();
    AoClockRepository clocks = new AoClockRepository(db.activeObjects(), Clocks.CALENDARS);
    assertThat(clocks.store(Clocks.issue(1, Clocks.running("a", Clocks.T0)), 0)).isTrue();
    assertThat(clocks.load(1)).isPresent();
  }

  @DatabaseTest
  void runsNoTaskOnADatabaseAtTheCurrentVersion(ActiveObjects ao) {
    List<ModelVersion> ran = new ArrayList<>();
    ActiveObjectsUpgradeTask recording =
        new ActiveObjectsUpgradeTask() {
          @Override
          public ModelVersion getModelVersion() {
            return AoSchema.modelVersion();
          }

          @Override
          public void upgrade(ModelVersion currentVersion, ActiveObjects activeObjects) {
            ran.add(currentVersion);
          }
        };

    AoUpgrades.run(ao, AoSchema.modelVersion(), List.of(recording), AoSchema.entities());

    assertThat(ran).isEmpty();
  }

  @DatabaseTest
  void touchesNoTableWithoutItsPrefix(AoTestDatabase db) throws SQLException {
    String foreign = "SLA_FOREIGN_" + db.prefix().substring(3, 9);
    try (Connection c = db.connection();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE " + foreign + " (ID INT)");
      s.execute("INSERT INTO " + foreign + " VALUES (1)");
    }
    try {
      db.dropTables();
      AoUpgrades.run(
          db.activeObjects(),
          ModelVersion.valueOf(null),
          AoSchema.upgradeTasks(CLOCK),
          AoSchema.entities());
      db.reset();

      try (Connection c = db.connection();
          Statement s = c.createStatement();
          ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM " + foreign)) {
        rows.next();
        assertThat(rows.getInt(1)).isEqualTo(1);
      }
    } finally {
      try (Connection c = db.connection();
          Statement s = c.createStatement()) {
        s.execute("DROP TABLE " + foreign);
      }
    }
  }

  @DatabaseTest
  void namesTablesTheWayJiraDoes(AoTestDatabase db) {
    assertThat(db.prefix()).matches("AO_[0-9A-F]{6}_");
    for (Class<? extends RawEntity<?>> entity : AoSchema.entities()) {
      assertThat(db.tableName(entity)).startsWith(db.prefix()).hasSizeLessThanOrEqualTo(30);
      assertThat(entity.getSimpleName()).startsWith("Ao");
    }
  }

  private static List<String> columns(AoTestDatabase db) throws SQLException {
    return columns(db, AoClock.class);
  }

  private static List<String> columns(AoTestDatabase db, Class<? extends RawEntity<?>> entity)
      throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Connection c = db.connection();
        ResultSet rs =
            c.getMetaData().getColumns(c.getCatalog(), c.getSchema(), table(c, db, entity), null)) {
      while (rs.next()) {
        columns.add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
      }
    }
    return columns;
  }

  /** Index name to its columns in order. */
  static Map<String, List<String>> indexes(AoTestDatabase db) throws SQLException {
    return indexes(db, AoClock.class);
  }

  static Map<String, List<String>> indexes(AoTestDatabase db, Class<? extends RawEntity<?>> entity)
      throws SQLException {
    Map<String, Map<Integer, String>> indexes = new TreeMap<>();
    try (Connection c = db.connection();
        ResultSet rs =
            c.getMetaData()
                .getIndexInfo(c.getCatalog(), c.getSchema(), table(c, db, entity), false, false)) {
      while (rs.next()) {
        String name = rs.getString("INDEX_NAME");
        String column = rs.getString("COLUMN_NAME");
        if (name != null && column != null) {
          indexes
              .computeIfAbsent(name.toUpperCase(Locale.ROOT), n -> new TreeMap<>())
              .put((int) rs.getShort("ORDINAL_POSITION"), column.toUpperCase(Locale.ROOT));
        }
      }
    }
    Map<String, List<String>> ordered = new TreeMap<>();
    indexes.forEach((name, cols) -> ordered.put(name, List.copyOf(cols.values())));
    return ordered;
  }

  /** The entity's table name as the database's metadata spells it. */
  private static String table(Connection c, AoTestDatabase db, Class<? extends RawEntity<?>> entity)
      throws SQLException {
    String name = db.tableName(entity);
    try (ResultSet tables = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", null)) {
      while (tables.next()) {
        if (tables.getString("TABLE_NAME").equalsIgnoreCase(name)) {
          return tables.getString("TABLE_NAME");
        }
      }
    }
    throw new AssertionError("no table " + name);
  }
}
