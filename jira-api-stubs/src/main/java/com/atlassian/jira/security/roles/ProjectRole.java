// Source: mailru/jira-plugins-mrimsender@12bdf7f (Jira 9.4.1) AccessRequestController.java:228;
// every member: docs/jira-api-references.md. Only Jira <= 8 sources show: kind.
package com.atlassian.jira.security.roles;

/** A project role ("Service Desk Team"). */
public interface ProjectRole {
  String getName();
}
