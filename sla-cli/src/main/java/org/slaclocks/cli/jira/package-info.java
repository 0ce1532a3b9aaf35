/**
 * Reads Jira REST responses fetched with {@code expand=changelog} (search, single issue, Jira
 * Agile) into the core's issue histories, so that clocks can be replayed offline on real exports.
 * It only translates the response into the core's {@link org.slaclocks.history.IssueRecord}, whose
 * mapping the Jira app shares.
 */
package org.slaclocks.cli.jira;
