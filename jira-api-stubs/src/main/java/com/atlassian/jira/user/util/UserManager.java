// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/user/util/UserManager.html
// (interface; ApplicationUser getUserByKey(String))
package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/** Finds users by key or name. */
public interface UserManager {
  /** The user with this key, or null. */
  ApplicationUser getUserByKey(String userKey);
}
