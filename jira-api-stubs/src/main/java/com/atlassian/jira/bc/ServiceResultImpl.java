// Source: turgaycelik/mysource@44f29e3 (Jira 6.3.15)
// jira-api/.../bc/ServiceResultImpl.java:19,29,34
// (public class implementing ServiceResult); the results of IssueService extend it and are called
// on
// Jira 9.4.1 (mailru/jira-plugins-mrimsender@12bdf7f IssueServiceImpl.java:287-295).
// docs/jira-api-references.md.
package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

/** A service result. */
public class ServiceResultImpl implements ServiceResult {
  protected ServiceResultImpl() {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public boolean isValid() {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public ErrorCollection getErrorCollection() {
    throw new UnsupportedOperationException("stub");
  }
}
