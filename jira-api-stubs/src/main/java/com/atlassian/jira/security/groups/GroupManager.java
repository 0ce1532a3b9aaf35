// Source: overbaard/overbaard@ed074a4 (Jira 9.4.1) BoardConfigurationManagerImpl.java:648-651;
// every member: docs/jira-api-references.md. Only Jira <= 8 sources show: kind.
package com.atlassian.jira.security.groups;

import com.atlassian.jira.user.ApplicationUser;

/** Group membership. */
public interface GroupManager {
  boolean isUserInGroup(ApplicationUser user, String groupName);
}
