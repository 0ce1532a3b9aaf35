// Source:
// docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ActiveObjectsUpgradeTask.html (interface; same two methods in apps compiled against Jira 9/10).
package com.atlassian.activeobjects.external;

/** A step the AO plugin runs once, in model-version order, before the app uses its tables. */
public interface ActiveObjectsUpgradeTask {
  /** The model version the database has after this task. */
  ModelVersion getModelVersion();

  /** Brings the tables from {@code currentVersion} to {@link #getModelVersion()}. */
  void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
