// Source:
// https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/pluginsettings/PluginSettings.html (interface; Object get(String), Object put(String, Object))
package com.atlassian.sal.api.pluginsettings;

/** Settings values: strings, lists of strings or maps of strings. */
public interface PluginSettings {
  Object get(String key);

  Object put(String key, Object value);
}
