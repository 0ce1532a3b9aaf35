// Source: atlassian-labs/atlassian-slack-integration-server@d669438 (Jira 10.0.0)
// ProjectConfigurationUpgradeTask001.java:25; every member: docs/jira-api-references.md.
package com.atlassian.activeobjects.external;

/**
 * The version of an app's AO model, an integer stored by the AO plugin per table prefix.
 *
 * <p>Unlike the other stubs this value class has working bodies: the app constructs it in its
 * upgrade tasks and the tests run those tasks. Jira's own class is used at run time.
 */
public final class ModelVersion implements Comparable<ModelVersion> {
  private final int version;

  private ModelVersion(int version) {
    this.version = version;
  }

  /** Parses a version; {@code null} is version 0 (a database the app never upgraded). */
  public static ModelVersion valueOf(String s) {
    return new ModelVersion(s == null ? 0 : Integer.parseInt(s));
  }

  @Override
  public int compareTo(ModelVersion other) {
    return Integer.compare(version, other.version);
  }

  public boolean isOlderThan(ModelVersion other) {
    return compareTo(other) < 0;
  }

  public boolean isNewerThan(ModelVersion other) {
    return compareTo(other) > 0;
  }

  public boolean isSame(ModelVersion other) {
    return compareTo(other) == 0;
  }

  @Override
  public String toString() {
    return String.valueOf(version);
  }
}
