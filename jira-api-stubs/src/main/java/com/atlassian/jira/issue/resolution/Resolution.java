// Source: mailru/jira-plugins-mrimsender@12bdf7f (Jira 9.4.1) DefaultFieldValueHandler.java:178;
// every member: docs/jira-api-references.md. Only Jira <= 8 sources show: kind.
package com.atlassian.jira.issue.resolution;

/** An issue resolution. */
public interface Resolution {
  String getId();

  String getName();
}
