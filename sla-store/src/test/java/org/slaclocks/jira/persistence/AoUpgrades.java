package org.slaclocks.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.Comparator;
import java.util.List;
import net.java.ao.RawEntity;

/**
 * What Jira's AO plugin does with the {@code <ao>} module before the app first touches its tables:
 * run, in model-version order, each upgrade task newer than the stored model version (recording the
 * version after each), then migrate all the module's entities.
 */
final class AoUpgrades {
  private AoUpgrades() {}

  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of the entity classes
  static ModelVersion run(
      ActiveObjects ao,
      ModelVersion stored,
      List<ActiveObjectsUpgradeTask> tasks,
      List<Class<? extends RawEntity<?>>> entities) {
    ModelVersion current = stored;
    for (ActiveObjectsUpgradeTask task :
        tasks.stream()
            .sorted(Comparator.comparing(ActiveObjectsUpgradeTask::getModelVersion))
            .toList()) {
      if (task.getModelVersion().isNewerThan(current)) {
        task.upgrade(current, ao);
        current = task.getModelVersion();
      }
    }
    ao.migrate(entities.toArray(new Class[0]));
    return current;
  }
}
