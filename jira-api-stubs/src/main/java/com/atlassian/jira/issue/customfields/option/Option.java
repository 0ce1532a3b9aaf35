// Source: codescape/jira-multiple-subtasks@f003e74 (Jira 10.3.0) SubtasksCreationService.java:589;
// every member: docs/jira-api-references.md. Only Jira <= 8 sources show: kind.
package com.atlassian.jira.issue.customfields.option;

/** One option of a select custom field. */
public interface Option {
  String getValue();
}
