/**
 * Scheduled jobs (atlassian-scheduler, once per cluster): the reconciliation that re-queues issues
 * updated since its last run, healing events missed while a node was down, and the alert job that
 * sends the reminders and escalations that are due.
 */
package org.slaclocks.jira.schedule;
