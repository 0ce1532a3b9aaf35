package org.slaclocks.jira.tracking;

import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.policy.UserDirectory;

/** Who is an agent under a configuration: its users, groups and project roles. */
public interface AgentDirectories {
  UserDirectory of(SlaConfiguration config);
}
