// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/project/ProjectManager.html
// (interface; Project getProjectObjByKey(String))
package com.atlassian.jira.project;

/** Reads projects. */
public interface ProjectManager {
  /** The project with this key, or null. */
  Project getProjectObjByKey(String key);
}
