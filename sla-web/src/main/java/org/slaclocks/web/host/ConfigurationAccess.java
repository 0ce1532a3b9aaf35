package org.slaclocks.web.host;

/**
 * Host port: whether a viewer may read and change the SLA configuration (calendars, policies,
 * exclusion windows, agents, recalculation, the audit log). In Jira: a Jira administrator (the
 * Administer Jira global permission, or System Administer); in the sandbox: the administrator
 * person. Anyone else gets the same refusal from every administration page and resource.
 */
public interface ConfigurationAccess {
  boolean mayConfigure(Viewer viewer);
}
