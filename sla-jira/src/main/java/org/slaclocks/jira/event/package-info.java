/**
 * Jira's issue events, recorded as changes to recompute; nothing is computed on the request thread.
 */
package org.slaclocks.jira.event;
