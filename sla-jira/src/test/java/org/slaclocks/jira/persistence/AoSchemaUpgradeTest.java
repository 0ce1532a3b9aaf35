package org.slaclocks.jira.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slaclocks.jira.persistence.Clocks.T0;
import static org.slaclocks.jira.persistence.Clocks.issue;
import static org.slaclocks.jira.persistence.Clocks.running;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import net.java.ao.RawEntity;
import org.slaclocks.clock.ClockState;
import org.slaclocks.jira.persistence.schema.v1.AoIssueClocks;
import org.slaclocks.tracking.ChangeQueue;
import org.slaclocks.tracking.ClockRepository.Flag;
import org.slaclocks.tracking.StoredClock;

class AoSchemaUpgradeTest {

  /** Model version 1's entities, as its release created them. */
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

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void createVersion1(AoTestDatabase db) {
    db.dropTables();
    db.activeObjects().migrate(VERSION_1.toArray(new Class[0]));
  }

  /** A version 1 clock row: issue {@code issueId}, at risk or not. */
  private static Map<String, Object> version1Clock(long issueId, boolean atRisk) {
    Map<String, Object> row = new HashMap<>();
    row.put("ISSUE_ID", issueId);
    row.put("ISSUE_KEY", "HELP-" + issueId);
    row.put("PROJECT_KEY", "HELP");
    row.put("POLICY_ID", "support");
    row.put("METRIC_ID", "resolution");
    row.put("METRIC_NAME", "Time to resolution");
    row.put("CYCLE_INDEX", 0);
    row.put("STATE", "RUNNING");
    row.put("DEADLINE", T0.plusSeconds(issueId).toEpochMilli());
    row.put("AT_RISK_AT", atRisk ? T0.toEpochMilli() : null);
    row.put("BREACHED", false);
    row.put("EVER_BREACHED", false);
    row.put("WITHIN_HOURS", true);
    row.put("ELAPSED_MS", 60_000L);
    row.put("GOAL_MS", 7_200_000L);
    row.put("CONFIG_VERSION", 1L);
    row.put("COMPUTED_AT", T0.toEpochMilli());
    row.put("VERSION", 1L);
    row.put("CYCLES", "{\"v\":1,\"cycles\":[]}");
    return row;
  }

  private static Map<String, Object> version1Issue(long issueId) {
    Map<String, Object> row = new HashMap<>();
    row.put("ISSUE_ID", issueId);
    row.put("ISSUE_KEY", "HELP-" + issueId);
    row.put("PROJECT_KEY", "HELP");
    row.put("CONFIG_VERSION", 1L);
    row.put("COMPUTED_AT", T0.toEpochMilli());
    row.put("VERSION", 1L);
    return row;
  }

  @DatabaseTest
  void upgradesADatabaseCreatedByModelVersion1(AoTestDatabase db) throws SQLException {
    createVersion1(db);
    ActiveObjects ao = db.activeObjects();
    ao.create(AoIssueClocks.class, List.of(version1Issue(1), version1Issue(2)));
    ao.create(
        org.slaclocks.jira.persistence.schema.v1.AoClock.class,
        List.of(version1Clock(1, false), version1Clock(2, true)));
    assertThat(columns(db, AoClock.class)).contains("AT_RISK_AT").doesNotContain("AT_RISK");

    ModelVersion upgraded =
        AoUpgrades.run(ao, ModelVersion.valueOf("1"), AoSchema.upgradeTasks(), AoSchema.entities());

    assertThat(upgraded.isSame(AoSchema.modelVersion())).isTrue();
    assertThat(columns(db, AoClock.class)).contains("AT_RISK");
    assertThat(indexes(db, AoClock.class)).containsValue(List.of("AT_RISK", "ISSUE_ID"));
    AoClockRepository clocks = new AoClockRepository(ao);
    StoredClock kept = clocks.summaries(2).get(0);
    assertThat(kept.state()).isEqualTo(ClockState.RUNNING);
    assertThat(kept.deadline()).isEqualTo(T0.plusSeconds(2));
    assertThat(kept.atRiskAt()).isEqualTo(T0);
    assertThat(kept.atRisk()).as("filled in by the recomputation").isFalse();
    // Only the issue whose flag must change is queued for recomputation.
    ChangeQueue queue = new AoChangeQueue(ao);
    assertThat(queue.claim("node", 10, Instant.now(), Duration.ofMinutes(1)))
        .extracting(ChangeQueue.Claim::issueId)
        .containsExactly(2L);
    // The upgraded tables take the current model's writes.
    assertThat(clocks.store(issue(1, running("resolution", T0)), 1)).isTrue();
    List<Long> atRisk = new ArrayList<>();
    clocks.forEachIssueId(Flag.AT_RISK, null, atRisk::add);
    assertThat(atRisk).isEmpty();
  }

  @DatabaseTest
  void aFirstInstallRunsTheTasksOnAnEmptyDatabase(AoTestDatabase db) {
    db.dropTables();

    ModelVersion installed =
        AoUpgrades.run(
            db.activeObjects(),
            ModelVersion.valueOf(null),
            AoSchema.upgradeTasks(),
            AoSchema.entities());

    assertThat(installed.isSame(AoSchema.modelVersion())).isTrue();
    AoClockRepository clocks = new AoClockRepository(db.activeObjects());
    assertThat(clocks.store(issue(1, running("a", T0)), 0)).isTrue();
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
          AoSchema.upgradeTasks(),
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
  private static Map<String, List<String>> indexes(
      AoTestDatabase db, Class<? extends RawEntity<?>> entity) throws SQLException {
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

  /** The table's name as the database's metadata spells it. */
  private static String table(Connection c, AoTestDatabase db, Class<? extends RawEntity<?>> e)
      throws SQLException {
    String name = db.tableName(e);
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
