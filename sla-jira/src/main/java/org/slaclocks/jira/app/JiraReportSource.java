package org.slaclocks.jira.app;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;
import org.slaclocks.jira.persistence.AoReportSource;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.query.Exclusions;
import org.slaclocks.report.ReportSource;
import org.slaclocks.tracking.ClockRepository;
import org.slaclocks.tracking.ExclusionRepository;

/**
 * The reports' answers in Jira, one source per request: the cycle rows the worker keeps ({@link
 * AoReportSource}), with the calendars of the configuration in force when the request asks: an open
 * clock's time left counts in its calendar as it is now, as the panel counts it; and the
 * exclusion windows in force, which hold running cycles at now (counted paused).
 */
public final class JiraReportSource implements Supplier<ReportSource> {
  private final ActiveObjects ao;
  private final ClockRepository clocks;
  private final Supplier<SlaConfiguration> configuration;
  private final Clock clock;
  private final ExclusionRepository exclusions;

  public JiraReportSource(
      ActiveObjects ao,
      ClockRepository clocks,
      Supplier<SlaConfiguration> configuration,
      Clock clock,
      ExclusionRepository exclusions) {
    this.ao = Objects.requireNonNull(ao, "ao");
    this.clocks = Objects.requireNonNull(clocks, "clocks");
    this.configuration = Objects.requireNonNull(configuration, "configuration");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.exclusions = Objects.requireNonNull(exclusions, "exclusions");
  }

  @Override
  public ReportSource get() {
    SlaConfiguration config = configuration.get();
    return new AoReportSource(
        ao, clocks, config::calendar, clock, () -> Exclusions.of(exclusions.all()));
  }
}
