/**
 * Jira to core: reads an issue's change groups, comments and current fields from Jira, translates
 * them into the core's {@link org.slaclocks.history.IssueRecord} (whose mapping the offline import
 * shares), and answers who is an agent from Jira's groups and project roles. Users are identified
 * by their Jira user key, statuses, priorities, resolutions and issue types by their id: both
 * survive renames.
 */
package org.slaclocks.jira.history;
