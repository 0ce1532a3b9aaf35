// Source: turgaycelik/mysource@44f29e3 (Jira 6.3.15)
// jira-api/src/main/java/com/atlassian/jira/config/properties/ApplicationProperties.java:45
// (@PublicApi interface; String getDefaultBackedString(String): the stored value, else
// jira-config.properties, else Jira's default). The interface imported as an OSGi service and
// called on Jira 10.0.0 in atlassian-labs/atlassian-slack-integration-server@d669438
// ComponentImports.java:60; getString(String) called on Jira 9.4.1
// (mailru/jira-plugins-mrimsender@12bdf7f
// MessageFormatter.java:102). getDefaultBackedString's evidence is only Jira <= 8:
// docs/jira-api-references.md.
package com.atlassian.jira.config.properties;

/** Jira's application properties (the administration settings and jira-config.properties). */
public interface ApplicationProperties {
  String getDefaultBackedString(String name);

  /** A stored property ({@code jira.baseurl}), or null. */
  String getString(String key);
}
