// Source:
// https://docs.atlassian.com/jira/8.22.4/com/atlassian/jira/security/roles/DefaultProjectRoleManager.html (implements ProjectRoleManager: getProjectRole(String), isUserInProjectRole(ApplicationUser, ProjectRole, Project))
package com.atlassian.jira.security.roles;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

/** Project roles and their members. */
public interface ProjectRoleManager {
  /** The role with this name, or null. */
  ProjectRole getProjectRole(String name);

  boolean isUserInProjectRole(ApplicationUser user, ProjectRole projectRole, Project project);
}
