// Source: atlassian-event 2.3.4 sources com/atlassian/event/api/EventPublisher.java
// (jira-api-signatures.md 1.1 [DEP63]); register/unregister are inherited from
// EventListenerRegistrar in the real jar, which the JVM resolves through the superinterface
package com.atlassian.event.api;

/** Jira's event bus: beans with {@link EventListener} methods register here. */
public interface EventPublisher {
  void publish(Object event);

  void register(Object listener);

  void unregister(Object listener);

  void unregisterAll();
}
