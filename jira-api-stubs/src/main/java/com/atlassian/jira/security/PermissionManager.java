// Source: codescape/jira-scrum-poker@364a124 (Jira 10.3.0) ScrumPokerSessionsAction.java:106
// hasPermission(BROWSE_PROJECTS, issue, currentUser()); getProjects(ProjectPermissionKey,
// ApplicationUser): turgaycelik/mysource@44f29e3 (Jira 6.3.15 source) PermissionManager.java:367,
// its newest public evidence (see the section on Jira <= 8 rows); every member:
// docs/jira-api-references.md.
package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/** Answers whether a user has a project permission on an issue (null user: anonymous). */
public interface PermissionManager {
  boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);

  /** The projects on which the user has the permission (null user: anonymous). */
  java.util.Collection<Project> getProjects(
      ProjectPermissionKey permissionKey, ApplicationUser user);
}
