// Source: overbaard/overbaard@ed074a4 (Jira 9.4.1) BoardConfigurationManagerImpl.java:648-651;
// every member: docs/jira-api-references.md. Only Jira <= 8 sources show: kind.
package com.atlassian.jira.security.groups;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;

/** Group membership. */
public interface GroupManager {
  boolean isUserInGroup(ApplicationUser user, String groupName);

  /** The group's members (empty when there is no such group). */
  Collection<ApplicationUser> getUsersInGroup(String groupName);
}
