// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/security/roles/ProjectRole.html
// (interface)
package com.atlassian.jira.security.roles;

/** A project role ("Service Desk Team"). */
public interface ProjectRole {
  String getName();
}
