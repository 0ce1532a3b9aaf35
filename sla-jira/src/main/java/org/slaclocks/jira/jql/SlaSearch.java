package org.slaclocks.jira.jql;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.query.ClockQueries;
import org.slaclocks.query.Exclusions;
import org.slaclocks.query.function.TimeTracking;
import org.slaclocks.tracking.ExclusionRepository;
import org.slaclocks.web.host.Viewers;

/**
 * What every SLA JQL function reads: the configuration, the stored clocks' queries, the exclusion
 * windows, the app's clock, and the searcher (language and time zone, as the web layer's viewer
 * port gives them). One bean, so that Jira, which creates each function class itself and gives its
 * constructor the app's beans by type, finds exactly one.
 */
public final class SlaSearch {
  private final Supplier<SlaConfiguration> configuration;
  private final ClockQueries clocks;
  private final ExclusionRepository exclusions;
  private final Viewers viewers;
  private final Clock clock;

  public SlaSearch(
      Supplier<SlaConfiguration> configuration,
      ClockQueries clocks,
      ExclusionRepository exclusions,
      Viewers viewers,
      Clock clock) {
    this.configuration = Objects.requireNonNull(configuration, "configuration");
    this.clocks = Objects.requireNonNull(clocks, "clocks");
    this.exclusions = Objects.requireNonNull(exclusions, "exclusions");
    this.viewers = Objects.requireNonNull(viewers, "viewers");
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

  /** The searcher's language. */
  Locale locale() {
    return viewers.current().locale();
  }

  /** The searcher's time zone, for dates without one ({@code "2026-05-04 17:30"}). */
  ZoneId zone() {
    return viewers.current().zone();
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
