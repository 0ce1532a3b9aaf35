// Source: turgaycelik/mysource (Jira 6.3.15) jira-api/.../timezone/TimeZoneManager.java (interface,
// TimeZone getLoggedInUserTimeZone()); injected on Jira 8.13 by atlascommunity/jira-plugins-groovy
// OldExecutionDeletionScheduler.java:33; getTimeZoneforUser(ApplicationUser) in the Jira 7 javadoc.
// Only Jira <= 8 sources: docs/jira-api-references.md.
package com.atlassian.jira.timezone;

import com.atlassian.jira.user.ApplicationUser;
import java.util.TimeZone;

/** The time zone of the logged-in user (Jira's default zone for an anonymous visitor). */
public interface TimeZoneManager {
  TimeZone getLoggedInUserTimeZone();

  /** The user's time zone (Jira's default zone when the user has none). */
  TimeZone getTimeZoneforUser(ApplicationUser user);
}
