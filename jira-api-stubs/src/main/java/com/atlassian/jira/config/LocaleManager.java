// Source: mailru/jira-plugins-mrimsender@12bdf7f (Jira 9.4.1) AccessRequestService.java:89,405
// (@ComponentImport LocaleManager; Locale locale = localeManager.getLocaleFor(to)); declaration:
// turgaycelik/mysource@44f29e3 (Jira 6.3.15) jira-api/.../config/LocaleManager.java:19,56.
// docs/jira-api-references.md.
package com.atlassian.jira.config;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Locale;

/** The languages of users. */
public interface LocaleManager {
  /** The user's language, or Jira's default language. */
  Locale getLocaleFor(ApplicationUser user);
}
