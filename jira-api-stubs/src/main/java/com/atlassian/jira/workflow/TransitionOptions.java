// Source: mailru/jira-plugins-mrimsender@12bdf7f (Jira 9.4.1) IssueServiceImpl.java:347
// (TransitionOptions.defaults()); declaration: turgaycelik/mysource@44f29e3 (Jira 6.3.15)
// jira-api/.../workflow/TransitionOptions.java:18,45. docs/jira-api-references.md.
package com.atlassian.jira.workflow;

/** Options of a transition (the defaults apply every condition and validator). */
public class TransitionOptions {
  private TransitionOptions() {
    throw new UnsupportedOperationException("stub");
  }

  public static TransitionOptions defaults() {
    throw new UnsupportedOperationException("stub");
  }
}
