package org.slaclocks.web.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slaclocks.tracking.Histories.at;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.slaclocks.policy.AlertAction;
import org.slaclocks.policy.AlertRule;
import org.slaclocks.policy.Criteria;
import org.slaclocks.policy.Recipient;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.tracking.Histories;
import org.slaclocks.tracking.Policies;
import org.slaclocks.tracking.TriggerLedger.Firing;
import org.slaclocks.tracking.TriggerLedger.State;
import org.slaclocks.web.TestHost;
import org.slaclocks.web.VelocityTemplates;
import org.slaclocks.web.host.IssueRef;
import org.slaclocks.web.rest.IssueResource;

/** What the SLA panel says of a metric's reminders and escalations, read from the ledger. */
class PanelFiringsTest {
  private static final List<AlertAction> EMAIL =
      List.of(new AlertAction.Email(List.of(Recipient.of(Recipient.Kind.ASSIGNEE))));
  private static final SlaConfiguration CONFIG =
      Policies.config(
          Policies.firstResponseWithin(Duration.ofHours(4))
              .withAlerts(
                  List.of(
                      new AlertRule(
                          "hour-left",
                          AlertRule.Kind.REMINDER,
                          new AlertRule.BeforeBreach(Duration.ofHours(1)),
                          0,
                          null,
                          Criteria.ANY,
                          EMAIL),
                      new AlertRule(
                          "late",
                          AlertRule.Kind.ESCALATION,
                          new AlertRule.AfterBreach(Duration.ZERO),
                          1,
                          null,
                          Criteria.ANY,
                          List.of(new AlertAction.Transition("Escalate"))),
                      new AlertRule(
                          "manager",
                          AlertRule.Kind.ESCALATION,
                          new AlertRule.AfterBreach(Duration.ofHours(1)),
                          2,
                          Duration.ofHours(1),
                          Criteria.ANY,
                          EMAIL))));

  private static Firing firing(
      long id,
      long issueId,
      String triggerId,
      Instant due,
      State state,
      int attempts,
      Instant next,
      String outcome) {
    return new Firing(
        id, issueId, "ttfr", 0, triggerId, due, state, attempts, next, Set.of(), outcome, due);
  }

  private final TestHost test = new TestHost(CONFIG, at("Mon 16:00"));
  private final IssueRef issue =
      test.add(Histories.created("HELP-1", at("Mon 09:00")).build(), at("Mon 09:00"));

  private void fired() {
    long id = issue.id();
    test.firings()
        .add(
            firing(
                1,
                id,
                "hour-left",
                at("Mon 12:00"),
                State.DONE,
                0,
                null,
                "e-mail to 2 people: Anna Jansen, Alex Administrator"))
        .add(
            firing(
                2,
                id,
                "late",
                at("Mon 13:00"),
                State.FAILED,
                0,
                null,
                "transition failed: the workflow has no transition <Escalate> here"))
        .add(
            firing(
                3,
                id,
                "manager#2",
                at("Mon 15:00"),
                State.RETRY,
                2,
                at("Mon 16:02"),
                "email: mail server down (attempt 1)\nemail: mail server down (attempt 2)"))
        .add(
            firing(
                4,
                id,
                "old-rule",
                at("Mon 15:30"),
                State.CANCELLED,
                0,
                null,
                "no longer due: the clock, its policy or its rule changed before it was done"));
  }

  @Test
  void showsWhatFiredWhenWhereItStandsAndWhatWasDone() {
    fired();

    MetricView metric = new SlaViews(test.host()).panel(issue, TestHost.AGENT).metrics().get(0);

    assertThat(metric.firings())
        .extracting(
            f -> f.whatText() + " | " + f.ruleText() + " | " + f.dueText() + " | " + f.stateText())
        .containsExactly(
            "Reminder hour-left | 1h before the breach | Mon 5 Jan 2026 12:00 | Done",
            "Escalation level 1: late | at the breach | Mon 5 Jan 2026 13:00 | Failed",
            "Escalation level 2: manager, repeat 2 | 1h after the breach, then every 1h"
                + " | Mon 5 Jan 2026 15:00 | Retrying Mon 5 Jan 2026 16:02 (2 attempts failed)",
            "Rule old-rule (no longer in the policy) |  | Mon 5 Jan 2026 15:30 | Cancelled");
    assertThat(metric.firings().get(0).outcomeLines())
        .containsExactly("e-mail to 2 people: Anna Jansen, Alex Administrator");
    assertThat(metric.firings().get(1).outcomeLines())
        .as("why it failed")
        .containsExactly("transition failed: the workflow has no transition <Escalate> here");
    assertThat(metric.firings().get(2).outcomeLines()).hasSize(2);
    assertThat(metric.firings())
        .extracting(FiringView::state)
        .containsExactly("done", "failed", "retry", "cancelled");
  }

  @Test
  void speaksTheViewersLanguageInTheirZone() {
    fired();

    MetricView metric =
        new SlaViews(test.viewer(TestHost.DUTCH_AGENT).host())
            .panel(issue, TestHost.DUTCH_AGENT)
            .metrics()
            .get(0);

    assertThat(metric.firings().get(0).whatText()).isEqualTo("Herinnering hour-left");
    assertThat(metric.firings().get(0).ruleText()).isEqualTo("1u voor de overschrijding");
    assertThat(metric.firings().get(2).stateText())
        .isEqualTo("Nieuwe poging ma 5 jan. 2026 16:02 (2 pogingen mislukt)");
  }

  @Test
  void thePanelPrintsTheFiringsEscaped() {
    fired();

    String html =
        Templates.panel(
            new VelocityTemplates(), new SlaViews(test.host()).panel(issue, TestHost.AGENT));

    assertThat(html)
        .contains("data-sla-firing=\"hour-left\" data-sla-firing-state=\"done\"")
        .contains("data-sla-firing=\"late\" data-sla-firing-state=\"failed\"")
        .contains(
            "<li>transition failed: the workflow has no transition &lt;Escalate&gt; here</li>")
        .contains("<time class=\"sla-firing-due\" datetime=\"2026-01-05T11:00:00Z\">")
        .doesNotContain("<Escalate>");
  }

  @Test
  void aMetricWithoutFiringsShowsNoList() {
    String html =
        Templates.panel(
            new VelocityTemplates(), new SlaViews(test.host()).panel(issue, TestHost.AGENT));

    assertThat(html).contains("data-sla-metric-section").doesNotContain("data-sla-firings");
  }

  @Test
  void anUnreadableLedgerStillShowsTheClocksAndSaysWhy() {
    fired();
    test.firings().unreadable("connection refused");

    PanelView panel = new SlaViews(test.host()).panel(issue, TestHost.AGENT);

    assertThat(panel.unavailable()).isFalse();
    assertThat(panel.metrics()).hasSize(1);
    assertThat(panel.metrics().get(0).firings()).isEmpty();
    assertThat(panel.firingsMessage())
        .isEqualTo(
            "The reminders and escalations of this issue cannot be shown: connection refused");
  }

  @Test
  void someoneWhoMayNotBrowseTheIssueSeesNoneOfIt() {
    IssueRef secret =
        test.add(Histories.created("SECRET-700", at("Mon 09:00")).build(), at("Mon 09:00"));
    test.firings()
        .add(
            firing(
                9,
                secret.id(),
                "hour-left",
                at("Mon 12:00"),
                State.DONE,
                0,
                null,
                "e-mail to 1 person: the CEO"));

    Response response =
        new IssueResource(test.viewer(TestHost.OUTSIDER).host()).panel("SECRET-700");

    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(String.valueOf(response.getEntity()))
        .doesNotContain("CEO")
        .doesNotContain("hour-left");
  }
}
