// Source: codescape/jira-scrum-poker@364a124 (Jira 10.3.0) ScrumPokerSessionsAction.java:110
// (getLoggedInUser); mailru/jira-plugins-mrimsender@12bdf7f (Jira 9.4.1)
// UserChatServiceImpl.java:88 (Locale getLocale()); every member: docs/jira-api-references.md.
package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Locale;

/** Who is making the current request, and their language. */
public interface JiraAuthenticationContext {
  /** The logged-in user, or null for an anonymous visitor. */
  ApplicationUser getLoggedInUser();

  /** Who the current thread acts as (services such as IssueService read it). */
  void setLoggedInUser(ApplicationUser user);

  /** The logged-in user's language, or Jira's default language. */
  Locale getLocale();
}
