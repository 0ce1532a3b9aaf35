/**
 * {@code sla replay}: the clock engine run over a Jira export, and the report in table, JSON and
 * CSV form.
 */
package org.slaclocks.cli.replay;
