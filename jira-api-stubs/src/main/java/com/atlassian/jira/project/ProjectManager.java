// Source: atlassian-labs/atlassian-slack-integration-server@d669438 (Jira 10.0.0)
// AbstractProjectAction.java:124; every member: docs/jira-api-references.md. Only Jira <= 8 sources
// show: kind.
package com.atlassian.jira.project;

/** Reads projects. */
public interface ProjectManager {
  /** The project with this key, or null. */
  Project getProjectObjByKey(String key);
}
