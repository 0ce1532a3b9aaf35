// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/user/ApplicationUser.html
// (interface; String getKey, getUsername, getDisplayName); supertypes not declared here (unused)
package com.atlassian.jira.user;

/** A Jira user; the key is stable, the username can be renamed. */
public interface ApplicationUser {
  String getKey();

  String getUsername();

  String getDisplayName();
}
