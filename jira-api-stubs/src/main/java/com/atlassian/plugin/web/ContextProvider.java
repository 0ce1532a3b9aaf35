// Source: atlassian-labs/atlassian-slack-integration-server@d669438 (Jira 10.0.0)
// .../slack/web/contextproviders/SlackGlobalAdminDataProvider.java:38,50,55 implements it
// (init(Map<String,String>) throws PluginParseException, a RuntimeException left out here).
package com.atlassian.plugin.web;

import java.util.Map;

/** Adds to the context a web fragment (web panel) is rendered with. */
public interface ContextProvider {
  void init(Map<String, String> params);

  Map<String, Object> getContextMap(Map<String, Object> context);
}
