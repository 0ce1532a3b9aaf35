// Source: mailru/jira-plugins-mrimsender@12bdf7f (Jira 9.4.1) AccessRequestService.java:320-322
// (Set<ApplicationUser> from projectRoleManager.getProjectRoleActors(role, project)
// .getApplicationUsers()); declaration: turgaycelik/mysource@44f29e3 (Jira 6.3.15) jira-api/.../
// security/roles/ProjectRoleActors.java:9 (interface). docs/jira-api-references.md.
package com.atlassian.jira.security.roles;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Set;

/** The members of a project role in one project (users, and users of its groups). */
public interface ProjectRoleActors {
  Set<ApplicationUser> getApplicationUsers();
}
