/**
 * Scheduled jobs (atlassian-scheduler, once per cluster): the reconciliation that re-queues issues
 * updated since its last run, healing events missed while a node was down.
 */
package org.slaclocks.jira.schedule;
