// Source: codescape/jira-scrum-poker@364a124 (Jira 10.3.0)
// ScrumPokerProjectConfigurationAction.java:130; every member: docs/jira-api-references.md.
package com.atlassian.jira.project;

import com.atlassian.jira.user.ApplicationUser;

/** A Jira project. */
public interface Project {
  Long getId();

  String getKey();

  String getName();

  /** The project lead, or null. */
  ApplicationUser getProjectLead();
}
