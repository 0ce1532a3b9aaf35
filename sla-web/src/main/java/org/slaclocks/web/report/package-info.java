/**
 * The reports and customer statements as people and programs read them, written once for the Jira
 * app, the sandbox and {@code sla report}: tables of texts (localized for pages, machine values for
 * CSV), the same tables as HTML with plain SVG charts beside them, and the report and statement
 * pages and gadgets built from a {@link org.slaclocks.report.ReportSource}.
 */
package org.slaclocks.web.report;
