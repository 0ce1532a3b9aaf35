package org.slaclocks.policy;

import java.util.Map;
import java.util.Set;
import org.slaclocks.history.FieldNames;
import org.slaclocks.history.IssueState;

/**
 * Who is an agent and who belongs to which group. In Jira: the project roles and groups configured
 * for the policy. Offline: the users and groups a policy file lists ({@link #listed}).
 */
public interface UserDirectory {
  /** True when the user acts for the service provider on this issue (agents answer customers). */
  boolean isAgent(String userId, IssueState issue);

  boolean isMember(String userId, String group);

  /**
   * A directory from lists: agents are {@code agentUsers} and members of {@code agentGroups}; when
   * both are empty, everyone but the issue's reporter is an agent.
   */
  static UserDirectory listed(
      Set<String> agentUsers, Set<String> agentGroups, Map<String, Set<String>> groups) {
    return new UserDirectory() {
      @Override
      public boolean isAgent(String userId, IssueState issue) {
        if (agentUsers.isEmpty() && agentGroups.isEmpty()) {
          return !userId.equals(issue.get(FieldNames.REPORTER));
        }
        if (agentUsers.contains(userId)) {
          return true;
        }
        for (String group : agentGroups) {
          if (isMember(userId, group)) {
            return true;
          }
        }
        return false;
      }

      @Override
      public boolean isMember(String userId, String group) {
        return groups.getOrDefault(group, Set.of()).contains(userId);
      }
    };
  }
}
