// Source: atlassian-labs/atlassian-slack-integration-server@d669438 (Jira 10.0.0)
// DefaultJiraIssueEvent.java:42; every member: docs/jira-api-references.md. Only Jira <= 8 sources
// show: getFieldType.
package com.atlassian.jira.issue.history;

/** One field change of a change group. */
public class ChangeItemBean {
  /** Compile-time constants in the real class too, so they are inlined. */
  public static final String STATIC_FIELD = "jira";

  public static final String CUSTOM_FIELD = "custom";

  protected ChangeItemBean() {
    throw new UnsupportedOperationException("stub");
  }

  public String getFieldType() {
    throw new UnsupportedOperationException("stub");
  }

  public String getField() {
    throw new UnsupportedOperationException("stub");
  }

  public String getFrom() {
    throw new UnsupportedOperationException("stub");
  }

  public String getFromString() {
    throw new UnsupportedOperationException("stub");
  }

  public String getTo() {
    throw new UnsupportedOperationException("stub");
  }

  public String getToString() {
    throw new UnsupportedOperationException("stub");
  }
}
