// Source: atlassian-labs/atlassian-slack-integration-server@d669438 (Jira 10.0.0)
// DefaultJiraSlackEventListener.java:4,83; every member: docs/jira-api-references.md.
package com.atlassian.event.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a method that the event publisher calls with events of its parameter's type. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EventListener {}
