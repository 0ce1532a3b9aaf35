// Source: atlassian-labs/atlassian-slack-integration-server@d669438 (Jira 10.0.0)
// SlackMessageResource.java:637; every member: docs/jira-api-references.md.
package com.atlassian.jira.issue.fields;

/** A custom field. */
public interface CustomField {
  String getId();

  String getName();
}
