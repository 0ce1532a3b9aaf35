// Source: mailru/jira-plugins-mrimsender@12bdf7f (Jira 9.4.1) IssueServiceImpl.java:163; every
// member: docs/jira-api-references.md.
package com.atlassian.jira.web.bean;

/** Which page of results a search returns. */
public class PagerFilter<T> {
  public PagerFilter(int start, int max) {
    throw new UnsupportedOperationException("stub");
  }
}
