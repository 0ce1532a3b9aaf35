// Source: codescape/jira-scrum-poker@364a124 (Jira 10.3.0) ScrumPokerSessionsAction.java:21
// import static com.atlassian.jira.permission.ProjectPermissions.BROWSE_PROJECTS; EDIT_ISSUES and
// ADD_COMMENTS: mailru/jira-plugins-mrimsender@12bdf7f (Jira 9.4.1) IssueServiceImpl.java:440
// (ProjectPermissions.ADD_COMMENTS), turgaycelik/mysource@44f29e3 (Jira 6.3.15)
// ProjectPermissions.java:25,53.
package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/** The system project permissions (not compile-time constants: read at run time). */
public class ProjectPermissions {
  public static final ProjectPermissionKey BROWSE_PROJECTS =
      new ProjectPermissionKey("BROWSE_PROJECTS");
  public static final ProjectPermissionKey EDIT_ISSUES = new ProjectPermissionKey("EDIT_ISSUES");
  public static final ProjectPermissionKey ADD_COMMENTS = new ProjectPermissionKey("ADD_COMMENTS");

  private ProjectPermissions() {
    throw new UnsupportedOperationException("stub");
  }
}
