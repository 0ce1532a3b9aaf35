// Source: codescape/jira-multiple-subtasks@f003e74 (Jira 10.3.0) SubtasksCreationService.java:272;
// every member: docs/jira-api-references.md.
package com.atlassian.jira.project.version;

/** A project version (fix version). */
public interface Version {
  String getName();
}
