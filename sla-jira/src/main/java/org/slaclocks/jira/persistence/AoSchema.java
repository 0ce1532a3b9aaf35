package org.slaclocks.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.List;
import net.java.ao.RawEntity;

/**
 * The app's Active Objects model: the entities (all of them listed in the {@code <ao>} module of
 * {@code atlassian-plugin.xml}) and the upgrade tasks that bring an older database to the current
 * model version, in order.
 *
 * <p>Model version 1 was the first release. Version 2 added the clocks' {@code AT_RISK} flag and
 * its index ({@link AddAtRiskFlagUpgrade}). {@link AoWorkerNode} came later without a new model
 * version: a new table needs no upgrade task, AO creates it when the app is enabled. A later change
 * adds a task for the next version, and a frozen copy of the entities as they are now under the
 * tests' {@code schema} package, so that the upgrade from the previous version stays tested.
 */
public final class AoSchema {
  /** The model version these entities describe. */
  public static final String MODEL_VERSION = "2";

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
        AoWorkerNode.class);
  }

  /** The upgrade tasks, oldest first. */
  public static List<ActiveObjectsUpgradeTask> upgradeTasks() {
    return List.of(new AddAtRiskFlagUpgrade());
  }
}
