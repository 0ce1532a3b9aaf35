// Source: mailru/jira-plugins-mrimsender@12bdf7f (Jira 9.4.1) IssueServiceImpl.java:431
// (getErrorCollection().getErrorMessages()); IssueTransitionSelectRule.java:67 (getErrors()).
// Declaration: turgaycelik/mysource@44f29e3 (Jira 6.3.15)
// jira-api/.../util/ErrorCollection.java:50,68.
// Every member: docs/jira-api-references.md.
package com.atlassian.jira.util;

import java.util.Collection;
import java.util.Map;

/** What a Jira service refused, in the acting user's language. */
public interface ErrorCollection {
  /** Messages not tied to a field. */
  Collection<String> getErrorMessages();

  /** Messages by field id. */
  Map<String, String> getErrors();
}
