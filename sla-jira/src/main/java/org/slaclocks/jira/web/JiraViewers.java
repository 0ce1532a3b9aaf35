package org.slaclocks.jira.web;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;
import org.slaclocks.web.host.Viewer;
import org.slaclocks.web.host.Viewers;

/**
 * The viewer of the current request: Jira's logged-in user (or an anonymous visitor), in the
 * language and time zone set in their Jira profile (Jira's defaults when they set none).
 */
public final class JiraViewers implements Viewers {
  private final JiraAuthenticationContext authentication;
  private final TimeZoneManager timeZones;

  public JiraViewers(JiraAuthenticationContext authentication, TimeZoneManager timeZones) {
    this.authentication = Objects.requireNonNull(authentication, "authentication");
    this.timeZones = Objects.requireNonNull(timeZones, "timeZones");
  }

  @Override
  public Viewer current() {
    ApplicationUser user = authentication.getLoggedInUser();
    Locale locale = authentication.getLocale();
    TimeZone timeZone = timeZones.getLoggedInUserTimeZone();
    ZoneId zone = timeZone == null ? ZoneOffset.UTC : timeZone.toZoneId();
    Locale language = locale == null ? Locale.ENGLISH : locale;
    if (user == null) {
      return new Viewer(null, "", language, zone);
    }
    return new Viewer(user.getKey(), user.getDisplayName(), language, zone);
  }
}
