/**
 * JQL through Jira's search: policy scopes written in JQL, and the recently updated issues that the
 * reconciliation re-queues. Searches override issue security: clocks are kept for every issue.
 */
package org.slaclocks.jira.search;
