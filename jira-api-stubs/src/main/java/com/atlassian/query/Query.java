// Source: atlassian-labs/atlassian-slack-integration-server@d669438 (Jira 10.0.0)
// JqlIssueFilter.java:16; every member: docs/jira-api-references.md. Only Jira <= 8 sources show:
// kind.
package com.atlassian.query;

/** A parsed JQL query. */
public interface Query {}
