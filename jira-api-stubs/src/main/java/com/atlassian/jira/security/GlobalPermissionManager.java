// Source: codescape/jira-scrum-poker@364a124 (Jira 10.3.0)
// UserHasProjectAdministrationPermission.java:25,39-40
// (@ComponentImport GlobalPermissionManager; hasPermission(SYSTEM_ADMIN / ADMINISTER,
// applicationUser));
// atlassian-labs/atlassian-slack-integration-server@d669438 (Jira 10.0.0)
// ProjectConfigurationResource.java:178;
// interface in turgaycelik/mysource (Jira 6.3.15) GlobalPermissionManager.java:35,270. Every
// member:
// docs/jira-api-references.md.
package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/** Answers whether a user has a global permission (null user: anonymous). */
public interface GlobalPermissionManager {
  boolean hasPermission(GlobalPermissionKey globalPermissionKey, ApplicationUser user);
}
