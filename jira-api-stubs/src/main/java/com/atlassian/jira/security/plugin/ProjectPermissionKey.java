// Source: codescape/jira-scrum-poker@364a124 (Jira 10.3.0) the type of
// ProjectPermissions.BROWSE_PROJECTS
// passed to PermissionManager.hasPermission; final class in turgaycelik/mysource (Jira 6.3.15).
package com.atlassian.jira.security.plugin;

/** The key of a project permission. */
public final class ProjectPermissionKey {
  private ProjectPermissionKey() {
    throw new UnsupportedOperationException("stub");
  }
}
