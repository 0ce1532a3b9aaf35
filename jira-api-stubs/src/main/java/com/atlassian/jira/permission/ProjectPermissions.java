// Source: codescape/jira-scrum-poker@364a124 (Jira 10.3.0) ScrumPokerSessionsAction.java:21
// import static com.atlassian.jira.permission.ProjectPermissions.BROWSE_PROJECTS.
package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/** The system project permissions (not compile-time constants: read at run time). */
public class ProjectPermissions {
  public static final ProjectPermissionKey BROWSE_PROJECTS = null;

  private ProjectPermissions() {
    throw new UnsupportedOperationException("stub");
  }
}
