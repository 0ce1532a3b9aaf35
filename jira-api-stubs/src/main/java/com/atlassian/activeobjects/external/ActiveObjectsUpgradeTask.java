// Source: atlassian-labs/atlassian-slack-integration-server@d669438 (Jira 10.0.0)
// ProjectConfigurationUpgradeTask001.java:11; every member: docs/jira-api-references.md.
package com.atlassian.activeobjects.external;

/** A step the AO plugin runs once, in model-version order, before the app uses its tables. */
public interface ActiveObjectsUpgradeTask {
  /** The model version the database has after this task. */
  ModelVersion getModelVersion();

  /** Brings the tables from {@code currentVersion} to {@link #getModelVersion()}. */
  void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
