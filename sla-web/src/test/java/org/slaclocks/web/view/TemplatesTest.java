package org.slaclocks.web.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slaclocks.tracking.Histories.AGENT;
import static org.slaclocks.tracking.Histories.CUSTOMER;
import static org.slaclocks.tracking.Histories.at;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slaclocks.calendar.BusinessCalendar;
import org.slaclocks.calendar.Calendars;
import org.slaclocks.clock.ExclusionWindow;
import org.slaclocks.policy.CalendarChoice;
import org.slaclocks.policy.Criteria;
import org.slaclocks.policy.Exclusion;
import org.slaclocks.policy.GoalRow;
import org.slaclocks.policy.Metric;
import org.slaclocks.policy.PauseCondition;
import org.slaclocks.policy.Scope;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.policy.SlaPolicy;
import org.slaclocks.policy.Trigger;
import org.slaclocks.tracking.Histories;
import org.slaclocks.tracking.Policies;
import org.slaclocks.web.TestHost;
import org.slaclocks.web.VelocityTemplates;
import org.slaclocks.web.host.IssueRef;

/** The templates rendered by real Velocity 1.7 with Jira's escaping, as agents receive them. */
class TemplatesTest {
  private static final String XSS = "<img src=x onerror=alert(1)>";
  private static final SlaConfiguration HELPDESK = Policies.helpdeskWithOutage(at("Mon+3 08:00"));
  private final VelocityTemplates velocity = new VelocityTemplates();

  private static PanelView panelOf(TestHost test, IssueRef issue) {
    return new SlaViews(test.host()).panel(issue, TestHost.AGENT);
  }

  /**
   * Jira hands the field lazily: the same context renders the countdown in the issue view and the
   * export, and only a placeholder (no clock derived) in the navigator column.
   */
  @Test
  void aLazyFieldRendersItsCountdownInTheViewAndOnlyAPlaceholderInTheColumn() {
    TestHost test = new TestHost(HELPDESK, at("Mon 10:00"));
    IssueRef issue = test.add(Histories.created(at("Mon 09:00")).build(), at("Mon 09:00"));
    SlaViews views = new SlaViews(test.host());
    AtomicInteger derived = new AtomicInteger();
    CountdownField field =
        new CountdownField(
            () -> {
              derived.incrementAndGet();
              return views.countdown(issue, "ttfr", TestHost.AGENT);
            },
            () -> views.placeholder(issue.id(), "ttfr", TestHost.AGENT));

    String cell = velocity.render(Templates.COUNTDOWN_COLUMN, Map.of("slaField", field));
    assertThat(cell).contains("data-sla-placeholder").doesNotContain("data-sla-cell");
    assertThat(derived).as("the column derives no countdown").hasValue(0);

    String view = velocity.render(Templates.COUNTDOWN, Map.of("slaField", field));
    String xml = velocity.render(Templates.COUNTDOWN_XML, Map.of("slaField", field));
    assertThat(view).contains("data-sla-countdown").contains("data-sla-remaining=\"10800\"");
    assertThat(xml).contains("<remainingSeconds>10800</remainingSeconds>");
    assertThat(derived).as("derived once for the view and the export").hasValue(1);
  }

  @Test
  void theCountdownFieldCarriesItsValueLabelAndLiveLimits() {
    TestHost test = new TestHost(HELPDESK, at("Mon 10:00"));
    IssueRef issue = test.add(Histories.created(at("Mon 09:00")).build(), at("Mon 09:00"));
    CountdownView view = new SlaViews(test.host()).countdown(issue, "ttfr", TestHost.AGENT);

    String html = Templates.countdown(velocity, view);

    assertThat(html)
        .contains("class=\"sla-countdown sla-severity-normal\"")
        .contains("data-sla-remaining=\"10800\"")
        .contains("data-sla-until=\"" + at("Mon 17:00").toEpochMilli() + "\"")
        .contains("data-sla-now=\"" + at("Mon 10:00").toEpochMilli() + "\"")
        .contains("data-sla-breach-at=\"2026-01-05T12:00:00Z\"")
        .contains("data-sla-label-left=\"Time to first response: {0} left, running.\"")
        .contains("aui-iconfont-time")
        .contains("<span class=\"sla-value\" aria-hidden=\"true\">3h</span>")
        .contains("<span class=\"sla-label sla-assistive\">Time to first response: 3h left,")
        .doesNotContain("$");
  }

  @Test
  void aPausedCountdownSaysWhyOnHoverAndIsNotLive() {
    TestHost test = new TestHost(HELPDESK, at("Mon 11:00"));
    IssueRef issue =
        test.add(
            Histories.created(at("Mon 09:00"))
                .status(at("Mon 10:00"), "Open", "Waiting for customer")
                .build(),
            at("Mon 10:00"));
    CountdownView view = new SlaViews(test.host()).countdown(issue, "ttr", TestHost.AGENT);

    String html = Templates.countdown(velocity, view);

    assertThat(html)
        .contains("title=\"Paused: status Waiting for customer.\"")
        .contains("aui-iconfont-pause")
        .contains("sla-severity-paused")
        .doesNotContain("data-sla-until")
        .doesNotContain("$");
  }

  @Test
  void aNavigatorCellIsAPlaceholderUntilTheBatchedAnswerFillsIt() {
    TestHost test = new TestHost(HELPDESK, at("Mon 10:00"));
    IssueRef issue = test.add(Histories.created(at("Mon 09:00")).build(), at("Mon 09:00"));
    SlaViews views = new SlaViews(test.host());

    String placeholder =
        Templates.placeholderCell(velocity, views.placeholder(issue.id(), "ttfr", TestHost.AGENT));
    String cell = Templates.countdownCell(velocity, views.countdown(issue, "ttfr", TestHost.AGENT));

    assertThat(placeholder.strip())
        .isEqualTo(
            "<span class=\"sla-countdown-placeholder\" data-sla-placeholder"
                + " data-sla-issue-id=\"10001\" data-sla-metric=\"ttfr\"><span"
                + " class=\"sla-value\">Loading\u2026</span></span>");
    assertThat(cell)
        .contains("data-sla-cell data-sla-countdown")
        .contains("sla-countdown-compact")
        .contains(">3h</span>")
        .doesNotContain("data-sla-placeholder")
        .doesNotContain("$");
  }

  @Test
  void theXmlViewHoldsTheMachineValues() {
    TestHost test = new TestHost(HELPDESK, at("Mon 13:45"));
    IssueRef issue = test.add(Histories.created(at("Mon 09:00")).build(), at("Mon 09:00"));
    CountdownView view = new SlaViews(test.host()).countdown(issue, "ttfr", TestHost.AGENT);

    assertThat(Templates.countdownXml(velocity, view).strip())
        .endsWith(
            "<customfieldvalue><state>RUNNING</state><outsideCalendarHours>false"
                + "</outsideCalendarHours><remainingSeconds>-2700</remainingSeconds>"
                + "<breachAt>2026-01-05T12:00:00Z</breachAt></customfieldvalue>");
  }

  @Test
  void thePanelShowsEveryMetricWithFoldedEarlierCycles() {
    TestHost test = new TestHost(HELPDESK, at("Mon 14:30"));
    IssueRef issue =
        test.add(
            Histories.created(at("Mon 09:00"))
                .comment(CUSTOMER, at("Mon 10:00"))
                .comment(AGENT, at("Mon 11:00"))
                .comment(CUSTOMER, at("Mon 12:00"))
                .build(),
            at("Mon 12:00"));

    String html = Templates.panel(velocity, panelOf(test, issue));

    assertThat(html)
        .contains("data-sla-panel data-sla-issue-key=\"HELP-1\"")
        .contains("<h3 class=\"sla-metric-name\">Time to next response</h3>")
        .contains(
            "aria-expanded=\"false\" aria-controls=\"sla-past-10001-ttnr\""
                + " data-sla-show-text=\"Show earlier cycles\"")
        .contains(">1 earlier cycle</button>")
        .contains("id=\"sla-past-10001-ttnr\" data-sla-past-cycles hidden>")
        .contains("data-sla-cycle=\"1\" data-sla-state=\"MET\"")
        .contains("<li class=\"sla-event sla-event-start\" data-sla-event=\"start\">")
        .doesNotContain("$");
    assertThat(count(html, "data-sla-metric-section")).isEqualTo(3);
    assertThat(count(html, "data-sla-cycle=")).as("ttfr 1, ttnr 2, ttr 1").isEqualTo(4);
  }

  @Test
  void thePanelOfAnIssueWithoutSlaSaysSo() {
    TestHost test = new TestHost(HELPDESK, at("Mon 10:00"));
    IssueRef issue = test.issues().add(10_042, "HELP-42");

    String html = Templates.panel(velocity, panelOf(test, issue));

    assertThat(html)
        .contains("data-sla-message>No SLA applies to this issue.</p>")
        .doesNotContain("data-sla-metric-section");
  }

  @Test
  void everythingPrintedIsEscaped() {
    SlaConfiguration hostile = hostileConfiguration();
    TestHost test = new TestHost(hostile, at("Mon 13:00"));
    IssueRef paused =
        test.add(
            Histories.created("HELP-1", at("Mon 09:00"))
                .status(at("Mon 10:00"), "Open", XSS)
                .build(),
            at("Mon 10:00"));
    IssueRef excluded =
        test.add(Histories.created("HELP-2", at("Mon 09:00")).build(), at("Mon 09:00"));
    SlaViews views = new SlaViews(test.host());

    for (IssueRef issue : List.of(paused, excluded)) {
      CountdownView countdown = views.countdown(issue, "xss", TestHost.AGENT);
      assertThat(countdown.metricName()).isEqualTo(XSS);
      assertThat(countdown.pauseText()).contains(XSS);
      for (String html :
          List.of(
              Templates.countdown(velocity, countdown),
              Templates.countdownCell(velocity, countdown),
              Templates.countdownXml(velocity, countdown),
              Templates.panel(velocity, views.panel(issue, TestHost.AGENT)))) {
        assertThat(html).doesNotContain("<img").doesNotContain("$");
      }
      String panel = Templates.panel(velocity, views.panel(issue, TestHost.AGENT));
      assertThat(panel)
          .contains("&lt;img src=x onerror=alert(1)&gt;</h3>")
          .contains("<dd data-sla-calendar>&lt;img src=x onerror=alert(1)&gt;</dd>");
    }
    assertThat(Templates.panel(velocity, views.panel(paused, TestHost.AGENT)))
        .contains("Paused: status &lt;img src=x onerror=alert(1)&gt;");
    assertThat(Templates.panel(velocity, views.panel(excluded, TestHost.AGENT)))
        .contains("Paused by an exclusion window: &lt;img src=x onerror=alert(1)&gt;");
  }

  /** A metric, its calendar, its pause status and an exclusion's reason all named {@link #XSS}. */
  private static SlaConfiguration hostileConfiguration() {
    Map<String, BusinessCalendar> calendars = new LinkedHashMap<>();
    calendars.put(XSS, Calendars.nineToFive("Europe/Amsterdam"));
    Metric metric =
        new Metric(
            "xss",
            XSS,
            List.of(new Trigger.Created()),
            List.of(new Trigger.ResolutionSet()),
            List.of(new PauseCondition.StatusIn(Set.of(XSS))),
            false,
            List.of(
                new GoalRow(
                    Criteria.ANY, Duration.ofHours(8), null, new CalendarChoice.Fixed(XSS))),
            null,
            null);
    return new SlaConfiguration(
        1,
        calendars,
        List.of(new SlaPolicy("p", XSS, true, Scope.ALL, List.of(metric))),
        List.of(
            Exclusion.forIssue(
                "outage", new ExclusionWindow(at("Mon 12:00"), at("Tue 12:00"), XSS), 10_002)),
        Set.of(AGENT),
        Set.of(),
        Set.of(),
        Map.of(),
        Map.of());
  }

  @Test
  void templatesCallOnlyMethodsOfTheListedViewClasses() throws IOException {
    Pattern call = Pattern.compile("\\$!?\\{?[A-Za-z]+((?:\\.[A-Za-z]+\\(\\))+)");
    Set<String> allowed = new java.util.HashSet<>();
    for (Class<?> type : Templates.VIEW_TYPES) {
      for (Method method : type.getDeclaredMethods()) {
        if (java.lang.reflect.Modifier.isPublic(method.getModifiers())
            && method.getParameterCount() == 0) {
          allowed.add(method.getName());
        }
      }
    }
    for (String template : Templates.ALL) {
      String text = read(template);
      Matcher matcher = call.matcher(text);
      int calls = 0;
      while (matcher.find()) {
        for (String method : matcher.group(1).split("\\(\\)")) {
          if (!method.isEmpty()) {
            assertThat(allowed).as(template).contains(method.substring(1));
            assertThat(method).as("no HTML passes unescaped").doesNotEndWith("Html");
            calls++;
          }
        }
      }
      assertThat(calls).as(template).isGreaterThan(3);
    }
  }

  private static String read(String path) throws IOException {
    try (InputStream in = TemplatesTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
