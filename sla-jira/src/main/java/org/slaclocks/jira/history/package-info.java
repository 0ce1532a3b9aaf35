/**
 * Jira to core: reads an issue's change groups, comments and current fields from Jira and maps them
 * to the core's {@link org.slaclocks.history.IssueHistory}, and answers who is an agent from Jira's
 * groups and project roles. Users are identified by their Jira user key, which survives renames.
 */
package org.slaclocks.jira.history;
