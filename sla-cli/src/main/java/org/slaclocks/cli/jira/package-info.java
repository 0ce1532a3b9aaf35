/**
 * Reads Jira REST responses fetched with {@code expand=changelog} (search, single issue, Jira
 * Agile) into the core's issue histories, so that clocks can be replayed offline on real exports.
 */
package org.slaclocks.cli.jira;
