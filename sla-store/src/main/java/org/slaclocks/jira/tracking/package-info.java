/**
 * The app's use cases, free of Jira types: recompute an issue's clocks from its history and drain
 * the change queue. The Jira adapters implement its small ports ({@link
 * org.slaclocks.jira.tracking.IssueHistories}, {@link
 * org.slaclocks.jira.tracking.AgentDirectories}, {@link
 * org.slaclocks.jira.tracking.UpdatedIssues}); the persistence ports come from the core.
 */
package org.slaclocks.jira.tracking;
