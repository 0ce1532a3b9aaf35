package org.slaclocks.jira.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.slaclocks.calendar.BusinessCalendar;
import org.slaclocks.calendar.Calendars;
import org.slaclocks.clock.ExclusionWindow;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.jira.persistence.AoClockRepository;
import org.slaclocks.jira.persistence.AoExclusionRepository;
import org.slaclocks.jira.persistence.DatabaseTest;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.report.AboutToBreach;
import org.slaclocks.report.Dimension;
import org.slaclocks.report.Period;
import org.slaclocks.report.ReportScope;
import org.slaclocks.report.ReportSource;
import org.slaclocks.tracking.ClockEngine;
import org.slaclocks.tracking.ClockUpdate;
import org.slaclocks.tracking.Histories;
import org.slaclocks.tracking.IssueClocks;
import org.slaclocks.tracking.JqlScope;
import org.slaclocks.tracking.Policies;

/**
 * The reports in Jira answer from the stored cycle rows, with the calendars of the configuration in
 * force when each request asks: after an administrator moves the support hours' opening from 09:00
 * to 09:30, the next request's clocks about to breach no longer count 09:00-09:30 as worked, as the
 * issue's panel does (the deadline is the stored one until the worker recomputes the clock).
 */
class JiraReportSourceTest {
  private static final Instant CREATED = Histories.at("Mon 09:00");
  private static final Instant NOW = Histories.at("Mon 10:00");
  private static final ReportScope HELP = ReportScope.projects(java.util.Set.of("HELP"));

  /** First response within 4 working hours on the "9-17" calendar. */
  private static final SlaConfiguration NINE_TO_FIVE =
      Policies.config(Policies.firstResponseWithin(Duration.ofHours(4)));

  /** The same, revision 2, with "9-17" opening at 09:30. */
  private static final SlaConfiguration LATER = openingLater();

  private static SlaConfiguration openingLater() {
    Map<String, BusinessCalendar> calendars = new HashMap<>(NINE_TO_FIVE.calendars());
    calendars.put(
        Policies.NINE_TO_FIVE, Calendars.weekdays("Europe/Amsterdam", "09:30-17:00").build());
    SlaConfiguration c = NINE_TO_FIVE;
    return new SlaConfiguration(
        2,
        calendars,
        c.policies(),
        c.exclusions(),
        c.agentUsers(),
        c.agentGroups(),
        c.agentRoles(),
        c.groups(),
        c.customFieldIds());
  }

  @DatabaseTest
  void eachRequestCountsWithTheCalendarsInForceWhenItAsks(ActiveObjects ao) {
    AtomicReference<SlaConfiguration> current = new AtomicReference<>(NINE_TO_FIVE);
    AoClockRepository clocks = help1Stored(ao);
    JiraReportSource reports =
        new JiraReportSource(
            ao, clocks, current::get, Clock.fixed(NOW, ZoneOffset.UTC), exclusions(ao));

    ReportSource before = reports.get();
    assertThat(before.aboutToBreach(HELP, NOW, 10))
        .containsExactly(
            new AboutToBreach.Row(
                "HELP-1", "default", "ttfr", Histories.at("Mon 13:00"), Duration.ofHours(3)));

    current.set(LATER);
    // 09:30-10:00 worked: 3.5 of the 4 hours left
    assertThat(reports.get().aboutToBreach(HELP, NOW, 10))
        .containsExactly(
            new AboutToBreach.Row(
                "HELP-1",
                "default",
                "ttfr",
                Histories.at("Mon 13:00"),
                Duration.ofHours(3).plusMinutes(30)));
  }

  private AoExclusionRepository repository;

  private AoExclusionRepository exclusions(ActiveObjects ao) {
    repository = new AoExclusionRepository(ao);
    return repository;
  }

  /**
   * An exclusion window in force when a report asks holds the running clocks it covers: they count
   * as paused (their rows say running until the worker recomputes them).
   */
  @DatabaseTest
  void eachRequestCountsTheRunningClocksAnExclusionWindowHoldsAsPaused(ActiveObjects ao) {
    AoClockRepository clocks = help1Stored(ao);
    JiraReportSource reports =
        new JiraReportSource(
            ao, clocks, () -> NINE_TO_FIVE, Clock.fixed(NOW, ZoneOffset.UTC), exclusions(ao));
    Period today = new Period(CREATED.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)));

    assertThat(reports.get().compliance(HELP, today, Dimension.NONE, List.of()))
        .extracting(r -> r.counts().running(), r -> r.counts().paused())
        .containsExactly(tuple(1, 0));

    repository.add(
        new ExclusionWindow(
            NOW.minus(Duration.ofMinutes(5)), NOW.plus(Duration.ofHours(1)), "outage"),
        null,
        "admin",
        NOW);
    assertThat(reports.get().compliance(HELP, today, Dimension.NONE, List.of()))
        .extracting(r -> r.counts().running(), r -> r.counts().paused())
        .containsExactly(tuple(0, 1));
  }

  /** HELP-1, created Monday 09:00, its first response running, stored as the worker stores it. */
  private static AoClockRepository help1Stored(ActiveObjects ao) {
    AoClockRepository clocks = new AoClockRepository(ao, NINE_TO_FIVE::calendar);
    IssueHistory help1 = Histories.created("HELP-1", CREATED).build();
    ClockEngine.Result result =
        ClockEngine.compute(
            NINE_TO_FIVE, help1, NINE_TO_FIVE.listedDirectory(), JqlScope.UNKNOWN, NOW);
    IssueClocks stored =
        new IssueClocks(help1.issueId(), help1.key(), "HELP", 1, NOW, result.clocks().clocks());
    assertThat(clocks.storeAll(List.of(new ClockUpdate(stored, 0)))).isEmpty();
    return clocks;
  }
}
