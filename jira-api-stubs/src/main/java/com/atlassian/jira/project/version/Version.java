// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/project/version/Version.html
// (interface; String getName)
package com.atlassian.jira.project.version;

/** A project version (fix version). */
public interface Version {
  String getName();
}
