// Source: codescape/jira-multiple-subtasks@f003e74 (Jira 10.3.0) SubtasksCreationService.java:413;
// every member: docs/jira-api-references.md.
package com.atlassian.jira.issue.label;

/** One label of an issue. */
public class Label {
  protected Label() {
    throw new UnsupportedOperationException("stub");
  }

  public String getLabel() {
    throw new UnsupportedOperationException("stub");
  }
}
