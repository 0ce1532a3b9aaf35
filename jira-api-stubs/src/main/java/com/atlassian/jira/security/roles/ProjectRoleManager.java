// Source: [MT9] mailru/jira-plugins-mrimsender@12bdf7f (Jira 9.4.1)
// AccessRequestController.java:71,227; [J63] ProjectRoleManager.java:40. Kind (interface) seen only
// in [J63].
package com.atlassian.jira.security.roles;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;

/** Project roles and their members. */
public interface ProjectRoleManager {
  /** The roles the user holds in the project, directly or through a group. */
  Collection<ProjectRole> getProjectRoles(ApplicationUser user, Project project);
}
