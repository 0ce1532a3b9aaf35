package org.slaclocks.jira.jql;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.timezone.TimeZoneManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;
import java.util.function.Supplier;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.query.ClockQueries;
import org.slaclocks.query.Exclusions;
import org.slaclocks.query.function.TimeTracking;
import org.slaclocks.tracking.ExclusionRepository;

/**
 * What every SLA JQL function reads: the configuration, the stored clocks' queries, the exclusion
 * windows, the app's clock, and from Jira the searcher's language and time zone and the
 * time-tracking settings. One bean, so that Jira, which creates each function class itself and
 * gives its constructor the app's beans by type, finds exactly one.
 */
public final class SlaSearch {
  private final Supplier<SlaConfiguration> configuration;
  private final ClockQueries clocks;
  private final ExclusionRepository exclusions;
  private final JiraAuthenticationContext authenticationContext;
  private final TimeZoneManager timeZoneManager;
  private final Clock clock;

  public SlaSearch(
      Supplier<SlaConfiguration> configuration,
      ClockQueries clocks,
      ExclusionRepository exclusions,
      JiraAuthenticationContext authenticationContext,
      TimeZoneManager timeZoneManager,
      Clock clock) {
    this.configuration = Objects.requireNonNull(configuration, "configuration");
    this.clocks = Objects.requireNonNull(clocks, "clocks");
    this.exclusions = Objects.requireNonNull(exclusions, "exclusions");
    this.authenticationContext =
        Objects.requireNonNull(authenticationContext, "authenticationContext");
    this.timeZoneManager = Objects.requireNonNull(timeZoneManager, "timeZoneManager");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  SlaConfiguration configuration() {
    return configuration.get();
  }

  ClockQueries clocks() {
    return clocks;
  }

  /** Every exclusion window: the global ones and each issue's own (which applies to it alone). */
  Exclusions exclusions() {
    return Exclusions.of(exclusions.all());
  }

  Instant now() {
    return clock.instant();
  }

  /** The searcher's language (Jira's default for an anonymous searcher). */
  Locale locale() {
    Locale locale = authenticationContext.getLocale();
    return locale == null ? Locale.ENGLISH : locale;
  }

  /** The searcher's time zone, for dates without one ({@code "2026-05-04 17:30"}). */
  ZoneId zone() {
    TimeZone zone = timeZoneManager.getLoggedInUserTimeZone();
    return zone == null ? ZoneId.of("UTC") : zone.toZoneId();
  }

  /**
   * How long a day and a week are in typed durations: 8 hours and 5 days, Jira's defaults. Jira's
   * own time-tracking settings are not read: the only service that gives them
   * (TimeTrackingConfiguration) has no public evidence newer than Jira 6.3, and a missing OSGi
   * service would keep the whole app from starting (a known limit, in docs/jql.md).
   */
  TimeTracking timeTracking() {
    return TimeTracking.JIRA_DEFAULT;
  }
}
