// Source: mailru/jira-plugins-mrimsender@12bdf7f (Jira 9.4.1) AccessRequestController.java:227;
// every member: docs/jira-api-references.md. Only Jira <= 8 sources show:
// kind, getProjectRole(String).
package com.atlassian.jira.security.roles;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;

/** Project roles and their members. */
public interface ProjectRoleManager {
  /** The roles the user holds in the project, directly or through a group. */
  Collection<ProjectRole> getProjectRoles(ApplicationUser user, Project project);

  /** The role with this name, or null. */
  ProjectRole getProjectRole(String name);

  ProjectRoleActors getProjectRoleActors(ProjectRole projectRole, Project project);
}
