// Source: [MT9] mailru/jira-plugins-mrimsender@12bdf7f (Jira 9.4.1)
// AccessRequestController.java:228, ProjectRoleDto.java:22; [J63] ProjectRole.java:29. Kind
// (interface) seen only in [J63].
package com.atlassian.jira.security.roles;

/** A project role ("Service Desk Team"). */
public interface ProjectRole {
  String getName();
}
