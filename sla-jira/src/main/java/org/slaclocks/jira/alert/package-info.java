/**
 * The actions of reminders and escalations done in Jira: e-mail through Jira's mail queue in each
 * recipient's language and zone, comments, priority, assignee, transitions and labels through
 * Jira's services as a chosen acting user, so that Jira's permissions and workflow rules still
 * apply.
 */
package org.slaclocks.jira.alert;
