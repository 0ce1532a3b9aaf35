// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/project/Project.html
// (interface; Long getId, String getKey)
package com.atlassian.jira.project;

/** A Jira project. */
public interface Project {
  Long getId();

  String getKey();

  String getName();
}
