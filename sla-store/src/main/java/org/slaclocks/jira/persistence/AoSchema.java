package org.slaclocks.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.time.Clock;
import java.util.List;
import net.java.ao.RawEntity;

/**
 * The app's Active Objects model: the entities (all of them listed in the {@code <ao>} module of
 * {@code atlassian-plugin.xml}) and the upgrade tasks that bring an older database to the current
 * model version, in order.
 *
 * <p>Model version 1 was the first release. Version 2 added the clocks' {@code AT_RISK} flag and
 * its index ({@link AddAtRiskFlagUpgrade}). Version 3 stores instants and facts instead of flags
 * that changed with time alone ({@link ClockFactsUpgrade}). Each version's entities are frozen in
 * {@code schema.v<N>}: a task migrates the frozen copies of its own version, never the live
 * entities, so it keeps working after later versions change them (docs/persistence.md). {@link
 * AoWorkerNode} came with version 3 without a task of its own: a new table needs none, AO creates
 * it when the app is enabled. Version 4 brought reminders and escalations: the clocks' due index
 * (TRIGGER_ARMING, TRIGGERS_FROM, NEXT_TRIGGER_AT) and the trigger ledger's states ({@link
 * AlertTriggersUpgrade}). Version 5 keeps every cycle as a row for the reports ({@link AoCycle},
 * {@link AoCycleField}); its task queues the issues with clocks, whose cycles the worker writes
 * ({@link CycleRowsUpgrade}). Version 6 counts those rows by their report line as a number, with
 * indexes that answer a report's counts alone ({@link AoCycleLine}, {@link CycleLinesUpgrade}).
 * Version 7 sums the stopped cycles per UTC month, for the reports over whole months ({@link
 * AoCycleSum}, {@link CycleSumsUpgrade}).
 */
public final class AoSchema {
  /** The model version these entities describe. */
  public static final String MODEL_VERSION = "7";

  private AoSchema() {}

  public static ModelVersion modelVersion() {
    return ModelVersion.valueOf(MODEL_VERSION);
  }

  public static List<Class<? extends RawEntity<?>>> entities() {
    return List.of(
        AoIssueClocks.class,
        AoClock.class,
        AoChange.class,
        AoQueueClaim.class,
        AoTriggerFiring.class,
        AoAuditEntry.class,
        AoConfigDoc.class,
        AoExclusion.class,
        AoWorkerNode.class,
        AoRecalculation.class,
        AoRecalcIssue.class,
        AoCycle.class,
        AoCycleField.class,
        AoCycleLine.class,
        AoCycleSum.class);
  }

  /**
   * The upgrade tasks, oldest first, as the AO plugin creates them: through the app's Spring
   * context, which passes its {@code clock} bean to their constructors.
   */
  public static List<ActiveObjectsUpgradeTask> upgradeTasks(Clock clock) {
    return List.of(
        new AddAtRiskFlagUpgrade(clock),
        new ClockFactsUpgrade(clock),
        new AlertTriggersUpgrade(clock),
        new CycleRowsUpgrade(clock),
        new CycleLinesUpgrade(clock),
        new CycleSumsUpgrade());
  }
}
