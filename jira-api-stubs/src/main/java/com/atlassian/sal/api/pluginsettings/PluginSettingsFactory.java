// Source:
// https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/pluginsettings/PluginSettingsFactory.html (interface; createGlobalSettings)
package com.atlassian.sal.api.pluginsettings;

/** Cluster-wide key-value settings. */
public interface PluginSettingsFactory {
  PluginSettings createGlobalSettings();
}
