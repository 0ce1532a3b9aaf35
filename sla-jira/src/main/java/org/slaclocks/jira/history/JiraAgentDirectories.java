package org.slaclocks.jira.history;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.HashMap;
import java.util.Map;
import org.slaclocks.history.FieldNames;
import org.slaclocks.history.IssueState;
import org.slaclocks.jira.tracking.AgentDirectories;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.policy.UserDirectory;

/**
 * Agents in Jira: the configuration's users (by username or user key), members of its groups, and
 * members of its project roles in the issue's project at the time of the change. With no agents
 * configured, everyone but the reporter is an agent, as offline. One directory serves one
 * computation and remembers what it looked up.
 */
public final class JiraAgentDirectories implements AgentDirectories {
  private final UserManager users;
  private final GroupManager groups;
  private final ProjectRoleManager roles;
  private final ProjectManager projects;

  public JiraAgentDirectories(
      UserManager users, GroupManager groups, ProjectRoleManager roles, ProjectManager projects) {
    this.users = users;
    this.groups = groups;
    this.roles = roles;
    this.projects = projects;
  }

  @Override
  public UserDirectory of(SlaConfiguration config) {
    return new Directory(config);
  }

  private final class Directory implements UserDirectory {
    private final SlaConfiguration config;
    private final Map<String, ApplicationUser> usersByKey = new HashMap<>();
    private final Map<String, Boolean> answers = new HashMap<>();

    Directory(SlaConfiguration config) {
      this.config = config;
    }

    @Override
    public boolean isAgent(String userId, IssueState issue) {
      if (config.agentUsers().isEmpty()
          && config.agentGroups().isEmpty()
          && config.agentRoles().isEmpty()) {
        return !userId.equals(issue.get(FieldNames.REPORTER));
      }
      String project = issue.get(FieldNames.PROJECT);
      return answers.computeIfAbsent(userId + "\u0000" + project, k -> lookUp(userId, project));
    }

    private boolean lookUp(String userId, String projectKey) {
      ApplicationUser user = user(userId);
      if (config.agentUsers().contains(userId)
          || (user != null && config.agentUsers().contains(user.getUsername()))) {
        return true;
      }
      if (user == null) {
        return false;
      }
      for (String group : config.agentGroups()) {
        if (groups.isUserInGroup(user, group)) {
          return true;
        }
      }
      Project project = projectKey == null ? null : projects.getProjectObjByKey(projectKey);
      if (project == null) {
        return false;
      }
      // The roles the user holds in the project, matched by name: the call Jira 9 code is seen to
      // make (docs/jira-api-references.md). A role renamed since it was configured matches no one.
      for (ProjectRole role : roles.getProjectRoles(user, project)) {
        if (config.agentRoles().contains(role.getName())) {
          return true;
        }
      }
      return false;
    }

    @Override
    public boolean isMember(String userId, String group) {
      ApplicationUser user = user(userId);
      return user != null && groups.isUserInGroup(user, group);
    }

    private ApplicationUser user(String userKey) {
      return usersByKey.computeIfAbsent(userKey, users::getUserByKey);
    }
  }
}
