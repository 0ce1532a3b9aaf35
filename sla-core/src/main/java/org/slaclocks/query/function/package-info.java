/**
 * The SLA search functions ({@code slaBreached("Time to resolution")}, {@code slaRemaining(metric,
 * "<", "2h")}, ...) as plain Java: their names, their arguments, and the translation of a call into
 * a {@link org.slaclocks.query.ClockQuestion}, with a specific problem for every bad argument.
 * Jira's JQL functions and the sandbox's search are thin adapters over this package; the problems
 * carry a message key and its arguments, which each host says in the searcher's language.
 */
package org.slaclocks.query.function;
