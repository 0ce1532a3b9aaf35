/**
 * The SLA reports in Jira: the report and statement pages, their CSV downloads, and the bodies of
 * the dashboard items (compliance, about to breach, heat map), all the web layer's views served by
 * one servlet; the dashboard's script only fetches a body and saves a gadget's preferences.
 */
package org.slaclocks.jira.gadget;
