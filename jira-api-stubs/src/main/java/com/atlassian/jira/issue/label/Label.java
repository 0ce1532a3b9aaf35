// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/label/Label.html (class;
// String getLabel)
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
