// Source: atlassian-labs/atlassian-slack-integration-server@d669438 (Jira 10.0.0)
// DefaultPluginConfigurationManager.java:30; every member: docs/jira-api-references.md.
package com.atlassian.sal.api.pluginsettings;

/** Settings values: strings, lists of strings or maps of strings. */
public interface PluginSettings {
  Object get(String key);

  Object put(String key, Object value);
}
