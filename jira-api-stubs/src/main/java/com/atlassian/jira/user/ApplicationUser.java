// Source: codescape/jira-scrum-poker@364a124 (Jira 10.3.0)
// ScrumPokerProjectConfigurationAction.java:130; every member: docs/jira-api-references.md. Only
// Jira <= 8 sources show: kind.
package com.atlassian.jira.user;

/** A Jira user; the key is stable, the username can be renamed. */
public interface ApplicationUser {
  String getKey();

  String getUsername();

  String getDisplayName();

  String getEmailAddress();

  /** False for a deactivated user. */
  boolean isActive();
}
