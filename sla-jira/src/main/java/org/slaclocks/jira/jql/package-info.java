/**
 * Jira's JQL functions for SLAs ({@code issue in slaBreached("Time to first response")}): one
 * value-returning {@code jql-function} module per core {@code SlaFunction}, each a thin subclass of
 * {@link org.slaclocks.jira.jql.SlaJqlFunction}, which reads the arguments with the core's parser,
 * says problems in the searcher's language, and answers with the issue ids the core's clock
 * questions select from the stored clocks.
 */
package org.slaclocks.jira.jql;
