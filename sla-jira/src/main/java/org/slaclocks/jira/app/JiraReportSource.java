package org.slaclocks.jira.app;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;
import org.slaclocks.jira.persistence.AoReportSource;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.report.ReportSource;
import org.slaclocks.tracking.ClockRepository;

/**
 * The reports' answers in Jira, one source per request: the cycle rows the worker keeps ({@link
 * AoReportSource}), with the calendars of the configuration in force when the request asks: an open
 * clock's time left counts in its calendar as it is now, as the panel counts it.
 */
public final class JiraReportSource implements Supplier<ReportSource> {
  private final ActiveObjects ao;
  private final ClockRepository clocks;
  private final Supplier<SlaConfiguration> configuration;
  private final Clock clock;

  public JiraReportSource(
      ActiveObjects ao,
      ClockRepository clocks,
      Supplier<SlaConfiguration> configuration,
      Clock clock) {
    this.ao = Objects.requireNonNull(ao, "ao");
    this.clocks = Objects.requireNonNull(clocks, "clocks");
    this.configuration = Objects.requireNonNull(configuration, "configuration");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public ReportSource get() {
    SlaConfiguration config = configuration.get();
    return new AoReportSource(ao, clocks, config::calendar, clock);
  }
}
