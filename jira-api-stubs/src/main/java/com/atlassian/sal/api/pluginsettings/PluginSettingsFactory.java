// Source: codescape/jira-scrum-poker@364a124 (Jira 10.3.0) Upgrade01RemovePluginSettings.java:32;
// every member: docs/jira-api-references.md.
package com.atlassian.sal.api.pluginsettings;

/** Cluster-wide key-value settings. */
public interface PluginSettingsFactory {
  PluginSettings createGlobalSettings();
}
