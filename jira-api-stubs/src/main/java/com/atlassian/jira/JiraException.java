// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/JiraException.html (checked,
// extends Exception)
package com.atlassian.jira;

/** Jira's checked exception. */
public class JiraException extends Exception {
  private static final long serialVersionUID = 1L;

  public JiraException(String message) {
    super(message);
  }
}
