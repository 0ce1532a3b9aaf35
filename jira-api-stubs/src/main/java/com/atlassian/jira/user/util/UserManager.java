// Source: atlassian-labs/atlassian-slack-integration-server@d669438 (Jira 10.0.0)
// TokensRevokedEventListener.java:59; every member: docs/jira-api-references.md. Only Jira <= 8
// sources show: kind.
package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/** Finds users by key or name. */
public interface UserManager {
  /** The user with this key, or null. */
  ApplicationUser getUserByKey(String userKey);

  /** The user with this username, or null. */
  ApplicationUser getUserByName(String userName);
}
