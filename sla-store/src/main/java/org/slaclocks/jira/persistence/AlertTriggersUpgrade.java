package org.slaclocks.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.slaclocks.clock.ClockState;
import org.slaclocks.format.PolicyJson;
import org.slaclocks.jira.persistence.schema.v4.AoClock;
import org.slaclocks.jira.persistence.schema.v4.AoConfigDoc;
import org.slaclocks.jira.persistence.schema.v4.AoTriggerFiring;
import org.slaclocks.jira.tracking.CurrentConfiguration;
import org.slaclocks.policy.Metric;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.policy.SlaPolicy;
import org.slaclocks.tracking.TriggerArming;
import org.slaclocks.tracking.TriggerLedger;

/**
 * Model version 4: reminders and escalations. Clock rows get the due index (TRIGGER_ARMING,
 * TRIGGERS_FROM, NEXT_TRIGGER_AT and the index (NEXT_TRIGGER_AT, ID)); the trigger ledger's rows
 * get a life (DUE_AT, STATE, the claim, attempts, the actions done, UPDATED_AT; FIRED_AT goes,
 * OUTCOME becomes unlimited).
 *
 * <ol>
 *   <li>The tables take the version 4 shape without losing a column ({@code migrate} with the
 *       frozen version 4 entities): the ledger's new columns start at their defaults, so every row
 *       version 3 recorded is DONE (it fired).
 *   <li>Each such row is due when it fired: DUE_AT and UPDATED_AT take FIRED_AT (rows whose DUE_AT
 *       is still 0). Then {@code migrateDestructively} with the whole version 4 model drops
 *       FIRED_AT, whose NOT NULL would refuse every new row.
 *   <li>Clock rows, by id in pages of {@value #PAGE} (one transaction each): TRIGGERS_FROM becomes
 *       the upgrade instant, so no firing due before the upgrade is ever sent, and TRIGGER_ARMING
 *       the arming of the clock's metric in the configuration stored in CONFIG_DOC when that metric
 *       has reminders or escalations (without one, a recomputation arms the clock from its own
 *       instant, also after the upgrade). In the same transaction the issues of open clocks
 *       (RUNNING or PAUSED; a stopped or not started clock starts again only on an issue change,
 *       which queues the issue) are queued, and the worker's recomputation stores their next
 *       trigger.
 * </ol>
 *
 * <p>A run that failed half-way is run again by AO: ledger rows and clock rows already converted
 * (DUE_AT set, TRIGGERS_FROM set) are skipped, and the queue entries were committed with the clock
 * rows they belong to. The instant comes from the app's {@link Clock}, as in {@link
 * ClockFactsUpgrade}.
 */
public final class AlertTriggersUpgrade implements ActiveObjectsUpgradeTask {
  private static final Logger LOG = Logger.getLogger(AlertTriggersUpgrade.class.getName());
  static final int PAGE = 500;

  /** The whole version 4 model: what {@code migrateDestructively} does not list, it drops. */
  static final List<Class<? extends RawEntity<?>>> VERSION_4 =
      List.of(
          org.slaclocks.jira.persistence.schema.v4.AoIssueClocks.class,
          AoClock.class,
          org.slaclocks.jira.persistence.schema.v4.AoChange.class,
          org.slaclocks.jira.persistence.schema.v4.AoQueueClaim.class,
          AoTriggerFiring.class,
          org.slaclocks.jira.persistence.schema.v4.AoAuditEntry.class,
          AoConfigDoc.class,
          org.slaclocks.jira.persistence.schema.v4.AoExclusion.class,
          org.slaclocks.jira.persistence.schema.v4.AoWorkerNode.class,
          org.slaclocks.jira.persistence.schema.v4.AoRecalculation.class,
          org.slaclocks.jira.persistence.schema.v4.AoRecalcIssue.class);

  private final Clock clock;

  public AlertTriggersUpgrade(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public ModelVersion getModelVersion() {
    return ModelVersion.valueOf("4");
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of the entity classes
  public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
    Class[] model = VERSION_4.toArray(new Class[0]);
    ao.migrate(model);
    int fired = dueWhenFired(ao);
    ao.migrateDestructively(model);
    Instant now = clock.instant();
    Map<String, String> armings = armings(ao);
    AoChangeQueue queue = new AoChangeQueue(ao);
    long after = 0;
    int armed = 0;
    int queued = 0;
    while (true) {
      long from = after;
      Page page = ao.executeInTransaction(() -> armPage(ao, from, armings, queue, now));
      if (page.rows() == 0) {
        break;
      }
      armed += page.armed();
      queued += page.queued();
      after = page.lastId();
    }
    LOG.info(
        "SLA Clocks: model version 4: "
            + fired
            + " recorded firings kept as done, "
            + armed
            + " clocks armed for reminders and escalations from "
            + now
            + ", "
            + queued
            + " issues queued");
  }

  private record Page(int rows, long lastId, int armed, int queued) {}

  /** Arms the clock rows after {@code after} not armed yet and queues the open ones' issues. */
  private static Page armPage(
      ActiveObjects ao, long after, Map<String, String> armings, AoChangeQueue queue, Instant now) {
    AoClock[] rows =
        ao.find(
            AoClock.class,
            Query.select("ID,ISSUE_ID,POLICY_ID,METRIC_ID,STATE")
                .where("ID > ? AND TRIGGERS_FROM IS NULL", after)
                .order("ID")
                .limit(PAGE));
    Set<Long> open = new LinkedHashSet<>();
    int armed = 0;
    long last = after;
    for (AoClock row : rows) {
      String arming = armings.get(key(row.getPolicyId(), row.getMetricId()));
      if (arming != null) {
        row.setTriggerArming(arming);
        armed++;
      }
      row.setTriggersFrom(now.toEpochMilli());
      row.save();
      String state = row.getState();
      if (ClockState.RUNNING.name().equals(state) || ClockState.PAUSED.name().equals(state)) {
        open.add(row.getIssueId());
      }
      last = Math.max(last, row.getID());
    }
    queue.enqueueAll(open, now);
    return new Page(rows.length, last, armed, open.size());
  }

  /** Version 3's rows (all fired): due, and last changed, when they fired. */
  private static int dueWhenFired(ActiveObjects ao) {
    int converted = 0;
    // Rows are converted before FIRED_AT is dropped: on a rerun after the drop, none is left.
    while (ao.count(AoTriggerFiring.class, "DUE_AT = ?", 0L) > 0) {
      Map<Integer, Long> firedAt = new HashMap<>();
      ao.stream(
          org.slaclocks.jira.persistence.schema.v3.AoTriggerFiring.class,
          Query.select("ID,FIRED_AT").where("DUE_AT = ?", 0L).order("ID").limit(PAGE),
          row -> firedAt.put(row.getID(), row.getFiredAt()));
      ao.executeInTransaction(
          () -> {
            for (AoTriggerFiring row :
                ao.get(AoTriggerFiring.class, firedAt.keySet().toArray(new Integer[0]))) {
              long at = Math.max(1, firedAt.get(row.getID()));
              row.setDueAt(at);
              row.setUpdatedAt(at);
              row.setState(TriggerLedger.State.DONE.name());
              row.save();
            }
            return null;
          });
      converted += firedAt.size();
    }
    return converted;
  }

  private static String key(String policyId, String metricId) {
    return policyId + '\u0000' + metricId;
  }

  /**
   * The arming of every metric with reminders or escalations in the configuration stored in
   * CONFIG_DOC (the latest policy file); none when nothing readable is stored.
   */
  private static Map<String, String> armings(ActiveObjects ao) {
    String[] json = {null};
    ao.stream(
        AoConfigDoc.class,
        Query.select("ID,DOC_JSON,REVISION")
            .where("KIND = ? AND DOC_ID = ?", CurrentConfiguration.KIND, CurrentConfiguration.ID)
            .order("REVISION DESC")
            .limit(1),
        row -> json[0] = row.getDocJson());
    Map<String, String> armings = new HashMap<>();
    if (json[0] == null) {
      return armings;
    }
    SlaConfiguration config;
    try {
      config = PolicyJson.parse(json[0]);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "SLA Clocks: the stored configuration cannot be read; clocks are armed when next"
              + " computed: "
              + e.getMessage());
      return armings;
    }
    for (SlaPolicy policy : config.policies()) {
      for (Metric metric : policy.metrics()) {
        if (!metric.alerts().isEmpty()) {
          armings.put(key(policy.id(), metric.id()), TriggerArming.of(policy.id(), metric));
        }
      }
    }
    return armings;
  }
}
