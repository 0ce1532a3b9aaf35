package org.slaclocks.web.host;

/** Host port: who is viewing the current request (Jira's logged-in user, the sandbox's person). */
public interface Viewers {
  Viewer current();
}
