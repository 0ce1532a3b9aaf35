// Source: codescape/jira-multiple-subtasks@f003e74 (Jira 10.3.0)
// SubtasksCreationService.java:343,355; every member: docs/jira-api-references.md.
package com.atlassian.jira.bc.project.component;

/** A project component. */
public interface ProjectComponent {
  String getName();
}
