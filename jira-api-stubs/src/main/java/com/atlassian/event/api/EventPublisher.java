// Source: atlassian-labs/atlassian-slack-integration-server@d669438 (Jira 10.0.0)
// ComponentImports.java:88; every member: docs/jira-api-references.md.
package com.atlassian.event.api;

/** Jira's event bus: beans with {@link EventListener} methods register here. */
public interface EventPublisher {
  void publish(Object event);

  void register(Object listener);

  void unregister(Object listener);

  void unregisterAll();
}
