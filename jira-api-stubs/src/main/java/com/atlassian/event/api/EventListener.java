// Source: atlassian-event 2.3.4 sources com/atlassian/event/api/EventListener.java
// (jira-api-signatures.md 1.1 [DEP63]); the same annotation is used by apps compiled against Jira
// 10 and 11 (JSW 11 AbstractIssueEventListener javadoc)
package com.atlassian.event.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a method that the event publisher calls with events of its parameter's type. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EventListener {}
