// Source: turgaycelik/mysource@44f29e3 (Jira 6.3.15)
// jira-api/src/main/java/com/atlassian/jira/util/MessageSet.java (interface); returned by validate
// on Jira 10.3.0 in
// codescape/jira-scrum-poker@364a124 ActiveScrumPokerSessionsJqlFunction.java:45.
package com.atlassian.jira.util;

import java.util.Set;

/** Error and warning messages, here the problems of a JQL function call. */
public interface MessageSet {
  Set<String> getErrorMessages();

  boolean hasAnyErrors();

  void addErrorMessage(String errorMessage);
}
