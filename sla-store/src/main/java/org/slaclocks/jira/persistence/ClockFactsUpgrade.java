package org.slaclocks.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.slaclocks.clock.Calendars;
import org.slaclocks.clock.ClockFacts;
import org.slaclocks.clock.ClockState;
import org.slaclocks.format.PolicyJson;
import org.slaclocks.jira.persistence.schema.v3.AoClock;
import org.slaclocks.jira.persistence.schema.v3.AoConfigDoc;
import org.slaclocks.jira.persistence.schema.v3.AoIssueClocks;
import org.slaclocks.jira.tracking.CurrentConfiguration;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.tracking.StoredClock;

/**
 * Model version 3: clock rows keep instants and facts that stay true while time passes, not a
 * snapshot taken when they were computed (review 2.1). The flags that changed with time alone
 * (BREACHED, EVER_BREACHED, AT_RISK, WITHIN_HOURS) and DEADLINE go; CALENDAR, ELAPSED_AT, ZERO_AT,
 * BREACH_AT, FIRST_BREACH_AT, COMPLETED_CYCLES, CONTENT_HASH and the issues' CLOCK_COUNT come.
 *
 * <ol>
 *   <li>The tables take the version 3 shape ({@code migrateDestructively} with the frozen version 3
 *       entities, the whole list, since it drops what is not listed). The dropped columns only
 *       repeated what each row's CYCLES document says.
 *   <li>Issue by issue (pages of {@value #PAGE}, one transaction each), every row whose document is
 *       still a snapshot ({@link SnapshotDocument}) is rewritten as facts, with the instants
 *       counted in the calendars of the configuration stored in CONFIG_DOC. A row that cannot be
 *       converted (unreadable document, a calendar the configuration no longer has) stays as it
 *       was, marked for rewriting (CONTENT_HASH null): reads report its issue until recomputed.
 *   <li>In the same transaction the issues whose facts are incomplete (an open cycle, a row left as
 *       it was) are queued for recomputation; clocks that had stopped are complete facts.
 * </ol>
 *
 * <p>Running the task again after a crash converts what is left (converted rows are skipped). The
 * queue's instant comes from the {@link Clock} the app's Spring context holds: the AO plugin
 * creates upgrade tasks through the plugin's container, which injects constructor arguments.
 */
public final class ClockFactsUpgrade implements ActiveObjectsUpgradeTask {
  private static final Logger LOG = Logger.getLogger(ClockFactsUpgrade.class.getName());
  static final int PAGE = 500;

  /** The whole version 3 model: what {@code migrateDestructively} does not list, it drops. */
  static final List<Class<? extends RawEntity<?>>> VERSION_3 =
      List.of(
          AoIssueClocks.class,
          AoClock.class,
          org.slaclocks.jira.persistence.schema.v3.AoChange.class,
          org.slaclocks.jira.persistence.schema.v3.AoQueueClaim.class,
          org.slaclocks.jira.persistence.schema.v3.AoTriggerFiring.class,
          org.slaclocks.jira.persistence.schema.v3.AoAuditEntry.class,
          AoConfigDoc.class,
          org.slaclocks.jira.persistence.schema.v3.AoExclusion.class,
          org.slaclocks.jira.persistence.schema.v3.AoWorkerNode.class,
          org.slaclocks.jira.persistence.schema.v3.AoRecalculation.class,
          org.slaclocks.jira.persistence.schema.v3.AoRecalcIssue.class);

  private final Clock clock;

  public ClockFactsUpgrade(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public ModelVersion getModelVersion() {
    return ModelVersion.valueOf("3");
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of the entity classes
  public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
    ao.migrateDestructively(VERSION_3.toArray(new Class[0]));
    Calendars calendars = storedCalendars(ao);
    AoChangeQueue queue = new AoChangeQueue(ao);
    long after = Long.MIN_VALUE;
    int queued = 0;
    while (true) {
      List<Long> page = new ArrayList<>(PAGE);
      ao.stream(
          AoIssueClocks.class,
          Query.select("ID,ISSUE_ID").where("ISSUE_ID > ?", after).order("ISSUE_ID").limit(PAGE),
          row -> page.add(row.getIssueId()));
      if (page.isEmpty()) {
        break;
      }
      Instant now = clock.instant();
      queued +=
          ao.executeInTransaction(
              () -> {
                List<Long> recompute = convert(ao, page, calendars);
                queue.enqueueAll(recompute, now);
                return recompute.size();
              });
      after = page.get(page.size() - 1);
    }
    LOG.info("SLA Clocks: clocks converted to model version 3; " + queued + " issues queued");
  }

  private record IssueRow(
      long rowId,
      long issueId,
      long computedAt,
      long version,
      int clockCount,
      Map<String, Object> values) {}

  private record ClockRowRead(
      long rowId, String policyId, String metricId, Long hash, String cycles) {}

  /** Converts the page's issues; returns those to recompute. */
  private static List<Long> convert(ActiveObjects ao, List<Long> ids, Calendars calendars) {
    String in = "ISSUE_ID IN (" + Sql.placeholders(ids.size()) + ")";
    Map<Long, IssueRow> issues = new HashMap<>();
    ao.stream(
        AoIssueClocks.class,
        Query.select(
                "ID,ISSUE_ID,ISSUE_KEY,PROJECT_KEY,CONFIG_VERSION,COMPUTED_AT,CLOCK_COUNT,VERSION")
            .where(in, ids.toArray()),
        row -> {
          Map<String, Object> values = new HashMap<>();
          values.put("ISSUE_ID", row.getIssueId());
          values.put("ISSUE_KEY", row.getIssueKey());
          if (row.getProjectKey() != null) {
            values.put("PROJECT_KEY", row.getProjectKey());
          }
          values.put("CONFIG_VERSION", row.getConfigVersion());
          values.put("COMPUTED_AT", row.getComputedAt());
          values.put("VERSION", row.getVersion());
          issues.put(
              row.getIssueId(),
              new IssueRow(
                  row.getID(),
                  row.getIssueId(),
                  row.getComputedAt(),
                  row.getVersion(),
                  row.getClockCount(),
                  values));
        });
    Map<Long, List<ClockRowRead>> clocks = new HashMap<>();
    ao.stream(
        AoClock.class,
        Query.select("ID,ISSUE_ID,POLICY_ID,METRIC_ID,CONTENT_HASH,CYCLES")
            .where(in, ids.toArray()),
        row ->
            clocks
                .computeIfAbsent(row.getIssueId(), id -> new ArrayList<>())
                .add(
                    new ClockRowRead(
                        row.getID(),
                        row.getPolicyId(),
                        row.getMetricId(),
                        row.getContentHash(),
                        row.getCycles())));

    List<Long> recompute = new ArrayList<>();
    List<Long> rowsToDelete = new ArrayList<>();
    List<Long> issueRowsToDelete = new ArrayList<>();
    List<Map<String, Object>> newClockRows = new ArrayList<>();
    List<Map<String, Object>> newIssueRows = new ArrayList<>();
    for (long id : new TreeSet<>(issues.keySet())) {
      IssueRow issue = issues.get(id);
      List<ClockRowRead> rows = clocks.getOrDefault(id, List.of());
      boolean incomplete = false;
      boolean changed = false;
      for (ClockRowRead row : rows) {
        if (!SnapshotDocument.isOld(row.cycles()) && row.hash() != null) {
          continue; // converted by an earlier run of this task
        }
        try {
          ClockFacts facts =
              SnapshotDocument.read(
                  row.policyId(),
                  row.metricId(),
                  row.cycles(),
                  Instant.ofEpochMilli(issue.computedAt()));
          StoredClock summary = StoredClock.of(id, facts, calendars);
          rowsToDelete.add(row.rowId());
          newClockRows.add(values(summary, facts, issue.version()));
          changed = true;
          ClockState state = summary.state();
          incomplete |= state == ClockState.RUNNING || state == ClockState.PAUSED;
        } catch (IllegalArgumentException e) {
          LOG.log(
              Level.WARNING,
              "SLA Clocks: issue "
                  + id
                  + ", clock "
                  + row.metricId()
                  + " kept as it was, to be recomputed: "
                  + e.getMessage());
          incomplete = true;
        }
      }
      if (issue.clockCount() != rows.size()) {
        issueRowsToDelete.add(issue.rowId());
        Map<String, Object> values = new HashMap<>(issue.values());
        values.put("CLOCK_COUNT", rows.size());
        newIssueRows.add(values);
        changed = true;
      }
      if (incomplete && changed) {
        recompute.add(id);
      }
    }
    for (List<Long> chunk : Sql.chunks(rowsToDelete)) {
      ao.deleteWithSQL(
          AoClock.class, "ID IN (" + Sql.placeholders(chunk.size()) + ")", chunk.toArray());
    }
    for (List<Long> chunk : Sql.chunks(issueRowsToDelete)) {
      ao.deleteWithSQL(
          AoIssueClocks.class, "ID IN (" + Sql.placeholders(chunk.size()) + ")", chunk.toArray());
    }
    if (!newIssueRows.isEmpty()) {
      ao.create(AoIssueClocks.class, newIssueRows);
    }
    if (!newClockRows.isEmpty()) {
      ao.create(AoClock.class, newClockRows);
    }
    return recompute;
  }

  /**
   * A version 3 clock row. Written here rather than by {@link ClockRow}, whose columns follow the
   * live entity: this task writes the version 3 table whatever later versions change.
   */
  private static Map<String, Object> values(StoredClock s, ClockFacts facts, long version) {
    String cycles = CyclesJson.write(facts);
    Map<String, Object> row = new HashMap<>(32);
    row.put("ISSUE_ID", s.issueId());
    row.put("POLICY_ID", s.policyId());
    row.put("METRIC_ID", s.metricId());
    row.put("CYCLE_INDEX", s.cycleIndex());
    row.put("STATE", s.state().name());
    row.put("ELAPSED_MS", s.elapsed().toMillis());
    row.put("COMPLETED_CYCLES", s.completedCycles());
    row.put("VERSION", version);
    row.put(
        "CONTENT_HASH",
        ContentHash.of(s.policyId(), s.metricId(), ClockRow.millis(s.zeroAt()), cycles));
    row.put("CYCLES", cycles);
    Map<String, Object> optional = new HashMap<>();
    optional.put("CALENDAR", s.calendar());
    optional.put("GOAL_MS", s.goal() == null ? null : s.goal().toMillis());
    optional.put("ELAPSED_AT", ClockRow.millis(s.elapsedAt()));
    optional.put("ZERO_AT", ClockRow.millis(s.zeroAt()));
    optional.put("BREACH_AT", ClockRow.millis(s.breachAt()));
    optional.put("AT_RISK_AT", ClockRow.millis(s.atRiskAt()));
    optional.put("FIRST_BREACH_AT", ClockRow.millis(s.firstBreachAt()));
    optional.forEach(
        (column, value) -> {
          if (value != null) {
            row.put(column, value);
          }
        });
    return row;
  }

  /**
   * The calendars of the configuration stored in CONFIG_DOC (the latest policy file); none when
   * nothing readable is stored, and then running clocks are left to the recomputation.
   */
  private static Calendars storedCalendars(ActiveObjects ao) {
    String[] json = {null};
    ao.stream(
        AoConfigDoc.class,
        Query.select("ID,DOC_JSON,REVISION")
            .where("KIND = ? AND DOC_ID = ?", CurrentConfiguration.KIND, CurrentConfiguration.ID)
            .order("REVISION DESC")
            .limit(1),
        row -> json[0] = row.getDocJson());
    SlaConfiguration config = null;
    if (json[0] != null) {
      try {
        config = PolicyJson.parse(json[0]);
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING,
            "SLA Clocks: the stored configuration cannot be read: " + e.getMessage());
      }
    }
    SlaConfiguration known = config;
    return name -> {
      if (known == null) {
        throw new IllegalArgumentException(
            "no configuration is stored to resolve calendar " + name);
      }
      return known.calendar(name);
    };
  }
}
