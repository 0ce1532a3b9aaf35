package org.slaclocks.web.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slaclocks.tracking.Histories.AGENT;
import static org.slaclocks.tracking.Histories.CUSTOMER;
import static org.slaclocks.tracking.Histories.at;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slaclocks.calendar.BusinessCalendar;
import org.slaclocks.clock.ClockFacts;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.tracking.Histories;
import org.slaclocks.tracking.IssueClocks;
import org.slaclocks.tracking.Policies;
import org.slaclocks.web.TestHost;
import org.slaclocks.web.host.IssueRef;
import org.slaclocks.web.host.Viewer;

class PanelViewTest {
  private static final SlaConfiguration HELPDESK = Policies.helpdeskWithOutage(at("Mon+3 08:00"));

  private static PanelView panel(TestHost test, IssueRef issue, Viewer viewer) {
    return new SlaViews(test.viewer(viewer).host()).panel(issue, viewer);
  }

  private static List<String> timeline(CycleView cycle) {
    return cycle.timeline().stream().map(e -> e.atText() + " " + e.text()).toList();
  }

  @Test
  void listsEveryMetricInThePolicysOrder() {
    TestHost test = new TestHost(HELPDESK, at("Mon 10:00"));
    IssueRef issue = test.add(Histories.created(at("Mon 09:00")).build(), at("Mon 09:00"));

    PanelView panel = panel(test, issue, TestHost.AGENT);

    assertThat(panel.metrics())
        .extracting(MetricView::metricName)
        .containsExactly("Time to first response", "Time to next response", "Time to resolution");
    assertThat(panel.metrics().get(1).hasCurrent()).as("next response not started").isFalse();
    assertThat(panel.metrics().get(1).countdown().state()).isEqualTo("NOT_STARTED");
    CycleView resolution = panel.metrics().get(2).current();
    assertThat(resolution.goalText()).isEqualTo("24h, internal target 16h");
    assertThat(resolution.calendarName()).isEqualTo("9-17");
    assertThat(resolution.elapsedText()).isEqualTo("1h");
    assertThat(resolution.remainingText()).isEqualTo("23h");
    assertThat(resolution.deadlineText()).isEqualTo("Wed 7 Jan 2026 17:00");
    assertThat(resolution.deadlineCalendarText()).as("same zone: no calendar time").isEmpty();
  }

  @Test
  void keepsThePolicysOrderWhateverOrderTheRepositoryReturns() {
    TestHost test = new TestHost(HELPDESK, at("Mon 10:00"));
    IssueRef issue = test.add(Histories.created(at("Mon 09:00")).build(), at("Mon 09:00"));
    IssueClocks stored = test.clocks().load(issue.id()).orElseThrow().clocks();
    List<ClockFacts> reversed = new ArrayList<>(stored.clocks());
    Collections.reverse(reversed);
    test.clocks()
        .put(
            new IssueClocks(
                stored.issueId(),
                stored.issueKey(),
                stored.projectKey(),
                stored.configVersion(),
                stored.computedAt(),
                reversed));

    assertThat(panel(test, issue, TestHost.AGENT).metrics())
        .extracting(MetricView::metricName)
        .containsExactly("Time to first response", "Time to next response", "Time to resolution");
    assertThat(new SlaViews(test.host()).countdowns(issue, TestHost.AGENT))
        .extracting(CountdownView::metricName)
        .containsExactly("Time to first response", "Time to next response", "Time to resolution");
  }

  @Test
  void explainsTheSpansNotCountedBecauseTheCalendarWasClosed() {
    TestHost test = new TestHost(HELPDESK, at("Mon+1 10:00"));
    IssueRef issue = test.add(Histories.created(at("Fri 16:00")).build(), at("Fri 16:00"));

    CycleView firstResponse = panel(test, issue, TestHost.AGENT).metrics().get(0).current();

    assertThat(timeline(firstResponse))
        .containsExactly(
            "Fri 9 Jan 2026 16:00 Started: issue created",
            "Fri 9 Jan 2026 17:00 Not counted: outside calendar hours, Fri 17:00 \u2013 Mon 09:00");
    assertThat(firstResponse.elapsedText()).isEqualTo("2h");
  }

  @Test
  void explainsPausesResumesTheBreachAndTheStopWithTheirCauses() {
    TestHost test = new TestHost(HELPDESK, at("Thu 11:00"));
    IssueRef issue =
        test.add(
            Histories.created(at("Mon 09:00"))
                .status(at("Mon 10:00"), "Open", "Waiting for customer")
                .status(at("Mon 11:00"), "Waiting for customer", "Open")
                .comment(AGENT, at("Mon 15:00"))
                .resolve(at("Thu 11:00"), "Open", "Done")
                .build(),
            at("Thu 11:00"));

    List<MetricView> metrics = panel(test, issue, TestHost.AGENT).metrics();

    assertThat(metrics.get(0).current().timeline())
        .extracting(TimelineEntryView::kind)
        .containsExactly("start", "breach", "stop");
    assertThat(timeline(metrics.get(0).current()).get(1))
        .isEqualTo("Mon 5 Jan 2026 13:00 Breached: the time of the goal ran out");
    List<String> resolution = timeline(metrics.get(2).current());
    assertThat(resolution)
        .contains(
            "Mon 5 Jan 2026 10:00 Paused: status Waiting for customer",
            "Mon 5 Jan 2026 11:00 Resumed after status Waiting for customer",
            "Wed 7 Jan 2026 17:00 Not counted: outside calendar hours, Wed 17:00 \u2013 Thu 09:00");
    assertThat(metrics.get(2).current().timeline())
        .extracting(TimelineEntryView::kind)
        .contains("at-risk", "breach", "stop");
    assertThat(metrics.get(2).current().stateText()).isEqualTo("Breached");
    assertThat(metrics.get(2).current().stopText()).isEqualTo("Thu 8 Jan 2026 11:00");
  }

  @Test
  void namesTheExclusionWindowThatPausedTheClock() {
    SlaConfiguration outage = Policies.helpdeskWithOutage(at("Mon 12:00"));
    TestHost test = new TestHost(outage, at("Wed 10:00"));
    IssueRef issue = test.add(Histories.created(at("Mon 09:00")).build(), at("Mon 09:00"));

    List<String> resolution =
        timeline(panel(test, issue, TestHost.AGENT).metrics().get(2).current());

    assertThat(resolution)
        .contains(
            "Mon 5 Jan 2026 12:00 Paused by an exclusion window: supplier outage",
            "Tue 6 Jan 2026 18:00 Resumed after exclusion window: supplier outage");
  }

  @Test
  void foldsEarlierCyclesNewestFirst() {
    TestHost test = new TestHost(HELPDESK, at("Mon 14:30"));
    IssueRef issue =
        test.add(
            Histories.created(at("Mon 09:00"))
                .comment(CUSTOMER, at("Mon 10:00"))
                .comment(AGENT, at("Mon 11:00"))
                .comment(CUSTOMER, at("Mon 12:00"))
                .comment(AGENT, at("Mon 13:00"))
                .comment(CUSTOMER, at("Mon 14:00"))
                .build(),
            at("Mon 14:00"));

    MetricView nextResponse = panel(test, issue, TestHost.AGENT).metrics().get(1);

    assertThat(nextResponse.current().index()).isEqualTo(3);
    assertThat(nextResponse.pastCycles()).extracting(CycleView::index).containsExactly(2, 1);
    assertThat(nextResponse.pastCyclesText()).isEqualTo("2 earlier cycles");
    assertThat(nextResponse.pastCycles().get(0).stateText()).isEqualTo("Met");
    assertThat(nextResponse.pastCyclesId()).isEqualTo("sla-past-" + issue.id() + "-ttnr");
  }

  @Test
  void showsInstantsInTheViewersZoneWithTheCalendarsTimeBeside() {
    TestHost test = new TestHost(HELPDESK, at("Mon+1 10:00"));
    IssueRef issue = test.add(Histories.created(at("Fri 16:00")).build(), at("Fri 16:00"));
    Viewer newYork = new Viewer(AGENT, "Anna", Locale.ENGLISH, ZoneId.of("America/New_York"));

    CycleView firstResponse = panel(test, issue, newYork).metrics().get(0).current();

    assertThat(firstResponse.startText()).isEqualTo("Fri 9 Jan 2026 10:00");
    assertThat(firstResponse.startCalendarText()).isEqualTo("Fri 16:00 calendar time");
    assertThat(firstResponse.deadlineText()).isEqualTo("Mon 12 Jan 2026 06:00");
    assertThat(firstResponse.deadlineCalendarText()).isEqualTo("Mon 12:00 calendar time");
    assertThat(timeline(firstResponse).get(1))
        .isEqualTo(
            "Fri 9 Jan 2026 11:00 Not counted: outside calendar hours, Fri 11:00 \u2013 Mon 03:00");
  }

  @Test
  void speaksDutch() {
    TestHost test = new TestHost(HELPDESK, at("Mon+1 10:00"));
    IssueRef issue = test.add(Histories.created(at("Fri 16:00")).build(), at("Fri 16:00"));

    PanelView panel = panel(test, issue, TestHost.DUTCH_AGENT);
    CycleView firstResponse = panel.metrics().get(0).current();

    assertThat(panel.labels().remaining()).isEqualTo("Resterend");
    assertThat(firstResponse.title()).isEqualTo("Cyclus 1");
    assertThat(firstResponse.goalText()).isEqualTo("4u");
    assertThat(timeline(firstResponse).get(1))
        .isEqualTo(
            "vr 9 jan. 2026 17:00 Niet geteld: buiten kalendertijd, vr 17:00 \u2013 ma 09:00");
  }

  @Test
  void listsTheLatestSpansOfALongCycleAndCountsTheRest() {
    TestHost test = new TestHost(HELPDESK, at("Mon+4 10:00"));
    IssueRef issue =
        test.add(
            Histories.created(at("Mon 09:00"))
                .status(at("Mon 10:00"), "Open", "In progress")
                .build(),
            at("Mon 10:00"));

    CycleView resolution = panel(test, issue, TestHost.AGENT).metrics().get(2).current();

    long spans = resolution.timeline().stream().filter(e -> e.kind().equals("not-counted")).count();
    assertThat(spans).isEqualTo(Panels.MAX_CLOSED_SPANS);
    // Four weeks of four nights and a weekend each: 20 spans, of which 12 are listed.
    assertThat(resolution.hiddenSpansText())
        .isEqualTo("8 earlier spans outside calendar hours not listed.");
    assertThat(timeline(resolution).get(timeline(resolution).size() - 1))
        .isEqualTo(
            "Fri 30 Jan 2026 17:00 Not counted: outside calendar hours, Fri 17:00 \u2013 Mon 09:00");
  }

  @Test
  void saysSoWhenNoSlaApplies() {
    TestHost test = new TestHost(HELPDESK, at("Mon 10:00"));
    IssueRef never = test.issues().add(10_042, "HELP-42");
    test.clocks().put(new IssueClocks(10_043, "HELP-43", "HELP", 1, at("Mon 09:00"), List.of()));
    IssueRef none = test.issues().add(10_043, "HELP-43");

    assertThat(panel(test, never, TestHost.AGENT).message())
        .isEqualTo("No SLA applies to this issue.");
    assertThat(panel(test, none, TestHost.AGENT).message())
        .isEqualTo("No SLA applies to this issue.");
  }

  @Test
  void anUnreadableIssueGivesAClearMessageNotACrash() {
    TestHost test = new TestHost(HELPDESK, at("Mon 10:00"));
    IssueRef issue = test.add(Histories.created(at("Mon 09:00")).build(), at("Mon 09:00"));
    test.clocks().makeUnreadable(issue.id());

    PanelView panel = panel(test, issue, TestHost.AGENT);

    assertThat(panel.unavailable()).isTrue();
    assertThat(panel.message())
        .isEqualTo(
            "The SLA clocks of this issue cannot be shown: stored clocks of issue 10001 are"
                + " corrupt");
  }

  @Test
  void aCalendarRemovedSinceTheClocksWereStoredGivesAClearMessage() {
    TestHost test = new TestHost(HELPDESK, at("Mon 10:00"));
    IssueRef issue = test.add(Histories.created(at("Mon 09:00")).build(), at("Mon 09:00"));
    test.config(
        new SlaConfiguration(
            2,
            Map.of("24/7", BusinessCalendar.twentyFourSeven("24/7")),
            HELPDESK.policies(),
            List.of(),
            HELPDESK.agentUsers(),
            HELPDESK.agentGroups(),
            HELPDESK.agentRoles(),
            HELPDESK.groups(),
            HELPDESK.customFieldIds()));

    PanelView panel = panel(test, issue, TestHost.AGENT);
    CountdownView countdown = new SlaViews(test.host()).countdown(issue, "ttfr", TestHost.AGENT);

    assertThat(panel.message()).contains("no calendar named '9-17'");
    assertThat(countdown.state()).isEqualTo("UNAVAILABLE");
    assertThat(countdown.pauseText()).contains("no calendar named '9-17'");
  }

  @Test
  void aPageOfIssuesIsReadOnceAndAnUnreadableOneDoesNotBlankTheOthers() {
    TestHost test = new TestHost(HELPDESK, at("Mon 10:00"));
    IssueRef one = test.add(Histories.created("HELP-1", at("Mon 09:00")).build(), at("Mon 09:00"));
    IssueRef two = test.add(Histories.created("HELP-2", at("Mon 09:00")).build(), at("Mon 09:00"));
    SlaViews views = new SlaViews(test.host());

    Map<Long, List<CountdownView>> page =
        views.countdowns(List.of(one, two), List.of("ttfr"), TestHost.AGENT);
    assertThat(test.clocks().loadAllCalls()).isEqualTo(1);
    assertThat(page.get(one.id())).extracting(CountdownView::valueText).containsExactly("3h");

    test.clocks().makeUnreadable(two.id());
    page = views.countdowns(List.of(one, two), List.of("ttfr"), TestHost.AGENT);
    assertThat(page.get(one.id())).extracting(CountdownView::state).containsExactly("RUNNING");
    assertThat(page.get(two.id())).extracting(CountdownView::state).containsExactly("UNAVAILABLE");
  }
}
