package org.slaclocks.jira.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.slaclocks.jira.history.JiraFakes.user;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slaclocks.history.FieldNames;
import org.slaclocks.history.IssueState;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.policy.UserDirectory;

class JiraAgentDirectoriesTest {
  private static final ApplicationUser AGENT = user("JIRAUSER10200", "Aaron Agent");
  private static final ApplicationUser CUSTOMER = user("JIRAUSER10100", "Carla Customer");

  private final UserManager users = mock(UserManager.class);
  private final GroupManager groups = mock(GroupManager.class);
  private final ProjectRoleManager roles = mock(ProjectRoleManager.class);
  private final ProjectManager projects = mock(ProjectManager.class);
  private final Project serviceDesk = project("SD");
  private final Project engineering = project("ENG");
  private final ProjectRole serviceDeskTeam = role("Service Desk Team");
  private final ProjectRole developers = role("Developers");

  JiraAgentDirectoriesTest() {
    when(users.getUserByKey(AGENT.getKey())).thenReturn(AGENT);
    when(users.getUserByKey(CUSTOMER.getKey())).thenReturn(CUSTOMER);
    when(roles.getProjectRoles(any(), any())).thenReturn(List.of());
  }

  private Project project(String key) {
    Project project = mock(Project.class);
    when(project.getKey()).thenReturn(key);
    when(projects.getProjectObjByKey(key)).thenReturn(project);
    return project;
  }

  private static ProjectRole role(String name) {
    ProjectRole role = mock(ProjectRole.class);
    when(role.getName()).thenReturn(name);
    return role;
  }

  private UserDirectory directory(Set<String> agentRoles) {
    SlaConfiguration config =
        new SlaConfiguration(
            1, Map.of(), List.of(), List.of(), Set.of(), Set.of(), agentRoles, Map.of(), Map.of());
    return new JiraAgentDirectories(users, groups, roles, projects).of(config);
  }

  private static IssueState issueIn(String project) {
    return IssueState.of(
        Map.of(FieldNames.PROJECT, project, FieldNames.REPORTER, CUSTOMER.getKey()));
  }

  @Test
  void aUserHoldingAConfiguredRoleInTheIssuesProjectIsAnAgent() {
    when(roles.getProjectRoles(AGENT, serviceDesk))
        .thenReturn(List.of(developers, serviceDeskTeam));

    assertThat(directory(Set.of("Service Desk Team")).isAgent(AGENT.getKey(), issueIn("SD")))
        .isTrue();
  }

  @Test
  void aRoleHeldOnlyInAnotherProjectDoesNotMakeAnAgent() {
    when(roles.getProjectRoles(AGENT, engineering)).thenReturn(List.of(serviceDeskTeam));

    assertThat(directory(Set.of("Service Desk Team")).isAgent(AGENT.getKey(), issueIn("SD")))
        .isFalse();
  }

  @Test
  void aRoleTheConfigurationDoesNotNameDoesNotMakeAnAgent() {
    when(roles.getProjectRoles(AGENT, serviceDesk)).thenReturn(List.of(developers));

    assertThat(directory(Set.of("Service Desk Team")).isAgent(AGENT.getKey(), issueIn("SD")))
        .isFalse();
  }

  @Test
  void roleNamesMatchExactlyAsJiraSpellsThem() {
    when(roles.getProjectRoles(AGENT, serviceDesk)).thenReturn(List.of(serviceDeskTeam));

    assertThat(directory(Set.of("service desk team")).isAgent(AGENT.getKey(), issueIn("SD")))
        .isFalse();
  }

  @Test
  void asksJiraForAUsersRolesOncePerProjectWithinOneComputation() {
    when(roles.getProjectRoles(AGENT, serviceDesk)).thenReturn(List.of(developers));
    UserDirectory directory = directory(Set.of("Service Desk Team"));

    directory.isAgent(AGENT.getKey(), issueIn("SD"));
    directory.isAgent(AGENT.getKey(), issueIn("SD"));

    verify(roles, times(1)).getProjectRoles(AGENT, serviceDesk);
  }

  @Test
  void anIssueOfAProjectJiraNoLongerHasHasNoRoleAgents() {
    assertThat(directory(Set.of("Service Desk Team")).isAgent(AGENT.getKey(), issueIn("GONE")))
        .isFalse();
  }
}
