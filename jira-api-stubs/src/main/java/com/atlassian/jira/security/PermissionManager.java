// Source: codescape/jira-scrum-poker@364a124 (Jira 10.3.0) ScrumPokerSessionsAction.java:106
// hasPermission(BROWSE_PROJECTS, issue, currentUser()); every member: docs/jira-api-references.md.
package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/** Answers whether a user has a project permission on an issue (null user: anonymous). */
public interface PermissionManager {
  boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);
}
