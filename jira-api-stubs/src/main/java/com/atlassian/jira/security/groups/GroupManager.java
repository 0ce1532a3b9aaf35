// Source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/security/groups/GroupManager.html
// (interface; boolean isUserInGroup(ApplicationUser, String))
package com.atlassian.jira.security.groups;

import com.atlassian.jira.user.ApplicationUser;

/** Group membership. */
public interface GroupManager {
  boolean isUserInGroup(ApplicationUser user, String groupName);
}
