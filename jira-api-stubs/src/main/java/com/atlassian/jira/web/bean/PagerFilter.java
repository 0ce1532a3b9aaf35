// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/web/bean/PagerFilter.html
// (class; constructor PagerFilter(int start, int max))
package com.atlassian.jira.web.bean;

/** Which page of results a search returns. */
public class PagerFilter<T> {
  public PagerFilter(int start, int max) {
    throw new UnsupportedOperationException("stub");
  }
}
