package org.slaclocks.web.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slaclocks.tracking.Histories.AGENT;
import static org.slaclocks.tracking.Histories.CUSTOMER;
import static org.slaclocks.tracking.Histories.at;

import java.time.Instant;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.tracking.Histories;
import org.slaclocks.tracking.Policies;
import org.slaclocks.web.TestHost;
import org.slaclocks.web.host.IssueRef;
import org.slaclocks.web.host.Viewer;

/**
 * Each state an agent can see on a countdown, from clocks computed by the engine and stored, then
 * shown at a later now. Helpdesk policy: first response 4h (9-17 Amsterdam), next response 2h,
 * resolution 24h with an internal target of 16h, paused while waiting for the customer.
 */
class CountdownViewTest {
  private static final SlaConfiguration HELPDESK =
      Policies.helpdeskWithOutage(at("Mon+3 08:00")); // the outage is far away
  private static final SlaConfiguration OUTAGE_AT_NOON =
      Policies.helpdeskWithOutage(at("Mon 12:00")); // 30 hours: until Tue 18:00

  record Row(
      String name,
      SlaConfiguration config,
      Function<Histories, Histories> history,
      String now,
      String metric,
      Viewer viewer,
      String state,
      boolean outside,
      String value,
      String severity,
      String icon,
      String pause,
      String liveUntil,
      String stateText) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> rows() {
    Viewer en = TestHost.AGENT;
    Viewer nl = TestHost.DUTCH_AGENT;
    return Stream.of(
            new Row(
                "running in calendar hours counts down until closing time",
                HELPDESK,
                h -> h,
                "Mon 10:00",
                "ttfr",
                en,
                "RUNNING",
                false,
                "3h",
                "normal",
                "time",
                "",
                "Mon 17:00",
                "Running"),
            new Row(
                "running counts down until an exclusion window starts",
                OUTAGE_AT_NOON,
                h -> h,
                "Mon 10:00",
                "ttfr",
                en,
                "RUNNING",
                false,
                "3h",
                "normal",
                "time",
                "",
                "Mon 12:00",
                "Running"),
            new Row(
                "running outside calendar hours shows when counting resumes",
                HELPDESK,
                h -> h,
                "Mon 18:00",
                "ttr",
                en,
                "RUNNING",
                true,
                "16h",
                "normal",
                "pause",
                "Outside the hours of calendar 9-17; counting resumes Tue 6 Jan 2026 09:00.",
                null,
                "Running, outside calendar hours"),
            new Row(
                "paused by a condition names it",
                HELPDESK,
                h -> h.status(at("Mon 10:00"), "Open", "Waiting for customer"),
                "Mon 11:00",
                "ttr",
                en,
                "PAUSED",
                false,
                "23h",
                "paused",
                "pause",
                "Paused: status Waiting for customer.",
                null,
                "Paused"),
            new Row(
                "paused by an exclusion window gives its reason and end",
                OUTAGE_AT_NOON,
                h -> h,
                "Mon 13:00",
                "ttfr",
                en,
                "PAUSED",
                false,
                "1h",
                "paused",
                "pause",
                "Paused by an exclusion window: supplier outage, until Tue 6 Jan 2026 18:00.",
                null,
                "Paused"),
            new Row(
                "before the internal target the colour is normal",
                HELPDESK,
                h -> h,
                "Tue 16:00",
                "ttr",
                en,
                "RUNNING",
                false,
                "9h",
                "normal",
                "time",
                "",
                "Tue 17:00",
                "Running"),
            new Row(
                "past the internal target the colour is a warning",
                HELPDESK,
                h -> h,
                "Wed 10:00",
                "ttr",
                en,
                "RUNNING",
                false,
                "7h",
                "warning",
                "time",
                "",
                "Wed 17:00",
                "Running"),
            new Row(
                "without an internal target the warning starts one hour before",
                HELPDESK,
                h -> h,
                "Mon 12:10",
                "ttfr",
                en,
                "RUNNING",
                false,
                "50m",
                "warning",
                "time",
                "",
                "Mon 17:00",
                "Running"),
            new Row(
                "thirty minutes before the deadline the colour is danger",
                HELPDESK,
                h -> h,
                "Mon 12:45",
                "ttfr",
                en,
                "RUNNING",
                false,
                "15m",
                "danger",
                "time",
                "",
                "Mon 17:00",
                "Running"),
            new Row(
                "a running clock past its deadline is negative and breached",
                HELPDESK,
                h -> h,
                "Mon 13:45",
                "ttfr",
                en,
                "RUNNING",
                false,
                "-45m",
                "breached",
                "cross-circle",
                "",
                "Mon 17:00",
                "Running"),
            new Row(
                "met shows the time to spare with a tick",
                HELPDESK,
                h -> h.comment(AGENT, at("Mon 10:00")),
                "Mon 11:00",
                "ttfr",
                en,
                "MET",
                false,
                "3h",
                "met",
                "check-circle",
                "",
                null,
                "Met"),
            new Row(
                "breached shows the overrun with a cross",
                HELPDESK,
                h -> h.comment(AGENT, at("Mon 14:00")),
                "Mon 15:00",
                "ttfr",
                en,
                "BREACHED",
                false,
                "-1h",
                "breached",
                "cross-circle",
                "",
                null,
                "Breached"),
            new Row(
                "a metric whose clock has not started shows a dash",
                HELPDESK,
                h -> h,
                "Mon 10:00",
                "ttnr",
                en,
                "NOT_STARTED",
                false,
                "\u2013",
                "none",
                "time",
                "",
                null,
                "Not started"),
            new Row(
                "the current cycle of several counts",
                HELPDESK,
                h ->
                    h.comment(CUSTOMER, at("Mon 10:00"))
                        .comment(AGENT, at("Mon 11:00"))
                        .comment(CUSTOMER, at("Mon 12:00")),
                "Mon 12:30",
                "ttnr",
                en,
                "RUNNING",
                false,
                "1h 30m",
                "normal",
                "time",
                "",
                "Mon 17:00",
                "Running"),
            new Row(
                "Dutch: hours are written u",
                HELPDESK,
                h -> h,
                "Mon 10:00",
                "ttfr",
                nl,
                "RUNNING",
                false,
                "3u",
                "normal",
                "time",
                "",
                "Mon 17:00",
                "Loopt"),
            new Row(
                "Dutch: paused by a condition",
                HELPDESK,
                h -> h.status(at("Mon 10:00"), "Open", "Waiting for customer"),
                "Mon 11:00",
                "ttr",
                nl,
                "PAUSED",
                false,
                "23u",
                "paused",
                "pause",
                "Gepauzeerd: status Waiting for customer.",
                null,
                "Gepauzeerd"),
            new Row(
                "Dutch: outside calendar hours",
                HELPDESK,
                h -> h,
                "Mon 18:00",
                "ttr",
                nl,
                "RUNNING",
                true,
                "16u",
                "normal",
                "pause",
                "Buiten de tijden van kalender 9-17; de klok telt weer vanaf di 6 jan. 2026 09:00.",
                null,
                "Loopt, buiten kalendertijd"))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void showsTheStateAnAgentExpects(Row row) {
    IssueHistory history = row.history().apply(Histories.created(at("Mon 09:00"))).build();
    Instant now = at(row.now());
    TestHost test = new TestHost(row.config(), now);
    IssueRef issue = test.add(history, now);

    CountdownView view =
        new SlaViews(test.viewer(row.viewer()).host()).countdown(issue, row.metric(), row.viewer());

    assertThat(view.state()).isEqualTo(row.state());
    assertThat(view.stateText()).isEqualTo(row.stateText());
    assertThat(view.outsideCalendarHours()).isEqualTo(row.outside());
    assertThat(view.valueText()).isEqualTo(row.value());
    assertThat(view.severity()).isEqualTo(row.severity());
    assertThat(view.icon()).isEqualTo(row.icon());
    assertThat(view.pauseText()).isEqualTo(row.pause());
    assertThat(view.countsDownUntil())
        .isEqualTo(row.liveUntil() == null ? null : at(row.liveUntil()).toEpochMilli());
    assertThat(view.serverNow()).isEqualTo(now.toEpochMilli());
    assertThat(view.label()).startsWith(view.metricName() + ": ");
    if (!view.pauseText().isEmpty()) {
      assertThat(view.label()).as("the pause is said, not only shown").endsWith(view.pauseText());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void machineValuesAgreeWithTheText(Row row) {
    IssueHistory history = row.history().apply(Histories.created(at("Mon 09:00"))).build();
    Instant now = at(row.now());
    TestHost test = new TestHost(row.config(), now);
    IssueRef issue = test.add(history, now);

    CountdownView view =
        new SlaViews(test.viewer(row.viewer()).host()).countdown(issue, row.metric(), row.viewer());

    if (view.remainingSeconds() == null) {
      assertThat(view.state()).isEqualTo("NOT_STARTED");
    } else {
      assertThat(
              org.slaclocks.web.i18n.Messages.of(row.viewer().locale())
                  .duration(view.remainingSeconds()))
          .isEqualTo(view.valueText());
    }
  }
}
