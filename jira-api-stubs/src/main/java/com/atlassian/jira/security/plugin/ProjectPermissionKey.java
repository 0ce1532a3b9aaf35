// Source: codescape/jira-scrum-poker@364a124 (Jira 10.3.0) the type of
// ProjectPermissions.BROWSE_PROJECTS
// passed to PermissionManager.hasPermission; final class in turgaycelik/mysource (Jira 6.3.15)
// ProjectPermissionKey.java:13,26,54 (public ProjectPermissionKey(String), toString). The app
// constructs none: the constructor only makes ProjectPermissions' constants distinct objects, as in
// Jira, so that tests tell which permission the app asks for.
package com.atlassian.jira.security.plugin;

/** The key of a project permission. */
public final class ProjectPermissionKey {
  private final String key;

  public ProjectPermissionKey(String permissionKey) {
    this.key = permissionKey;
  }

  @Override
  public String toString() {
    return key;
  }
}
