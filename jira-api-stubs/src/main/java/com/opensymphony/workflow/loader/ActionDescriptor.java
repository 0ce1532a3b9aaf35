// Source: mailru/jira-plugins-mrimsender@12bdf7f (Jira 9.4.1) IssueTransitionRule.java:87,91
// (t.getName(), t.getId() on an ActionDescriptor; String.valueOf(int)); the class of OSWorkflow
// that
// Jira bundles (getId from AbstractDescriptor). Every member: docs/jira-api-references.md.
package com.opensymphony.workflow.loader;

/** A workflow action (transition) of OSWorkflow, as Jira's workflows hold them. */
public class ActionDescriptor {
  protected ActionDescriptor() {
    throw new UnsupportedOperationException("stub");
  }

  public int getId() {
    throw new UnsupportedOperationException("stub");
  }

  public String getName() {
    throw new UnsupportedOperationException("stub");
  }
}
