// Source: codescape/jira-multiple-subtasks@f003e74 (Jira 10.3.0)
// SubtasksCreationService.java:211-212; every member: docs/jira-api-references.md.
package com.atlassian.jira.issue.priority;

/** An issue priority. */
public interface Priority {
  String getId();

  String getName();
}
