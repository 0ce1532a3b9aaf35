// Source:
// https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/project/component/ProjectComponent.html (interface; String getName)
package com.atlassian.jira.bc.project.component;

/** A project component. */
public interface ProjectComponent {
  String getName();
}
