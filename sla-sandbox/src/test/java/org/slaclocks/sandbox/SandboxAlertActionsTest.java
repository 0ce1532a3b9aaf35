package org.slaclocks.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slaclocks.cli.jira.ReadProgress;
import org.slaclocks.policy.AlertAction;
import org.slaclocks.policy.AlertRule;
import org.slaclocks.policy.Metric;
import org.slaclocks.policy.Recipient;
import org.slaclocks.policy.SlaPolicy;
import org.slaclocks.tracking.AlertActions;
import org.slaclocks.tracking.AlertNotice;
import org.slaclocks.tracking.TriggerLedger;

/**
 * What reminders and escalations do in the sandbox: mails in the outbox (each person once, in their
 * language), the other actions on the issue's page, each done once per firing, kept across a
 * restart; and who may read the outbox.
 */
class SandboxAlertActionsTest {
  static final Instant NOW = Instant.parse("2026-01-07T12:00:00Z");
  static final String AGENT_EN = "sla-sandbox-person=agent.anna; sla-sandbox-language=en";
  static final String ADMIN = "sla-sandbox-person=admin";
  static final String MANAGER = "sla-sandbox-person=manager.mia";
  static final String GUEST = "sla-sandbox-person=guest.gus";

  @TempDir Path data;
  Sandbox sandbox;
  MemoryTriggerLedger ledger;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    sandbox = started();
  }

  private Sandbox started() {
    ledger = new MemoryTriggerLedger();
    return Sandbox.start(
        new Sandbox.Options(null, List.of(), NOW, 0, data), ReadProgress.silent(), ao -> ledger);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private HttpResponse<String> get(String path, String cookie) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(sandbox.url() + path.substring(1)))
            .header("Cookie", cookie)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * HELP-1 (Acme Corp, the VIP policy; assigned to Bart, whom only the export knows, at {@link
   * #NOW}) and a rule of its first response.
   */
  private AlertNotice notice(String ruleId, long firingId) {
    SlaPolicy vip =
        sandbox.tracking().configuration().get().policies().stream()
            .filter(p -> p.id().equals("vip"))
            .findFirst()
            .orElseThrow();
    Metric metric = vip.metrics().get(0);
    AlertRule rule =
        metric.alerts().stream().filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow();
    return new AlertNotice(
        10001,
        "HELP-1",
        vip.id(),
        vip.name(),
        metric.id(),
        metric.name(),
        0,
        rule,
        1,
        NOW.minus(Duration.ofMinutes(20)),
        NOW.minus(Duration.ofMinutes(20)),
        Duration.ofHours(8),
        AlertNotice.markerOf(firingId));
  }

  private static AlertAction.Email email(Recipient... to) {
    return new AlertAction.Email(List.of(to));
  }

  @Test
  void mailsEachPersonInTheirLanguageAndSaysWhoCouldNotBeReached() throws Exception {
    String line =
        sandbox
            .alertActions()
            .perform(
                notice("hour-left", 1),
                email(
                    Recipient.of(Recipient.Kind.ASSIGNEE),
                    new Recipient(Recipient.Kind.USER, "admin"),
                    new Recipient(Recipient.Kind.USER, "agent.anna"),
                    new Recipient(Recipient.Kind.ROLE, "Service Desk Team")));

    assertThat(line)
        .isEqualTo(
            "e-mail to 3 people: Bart Peeters, Alex Administrator, Anna Jansen; not sent to role"
                + " Service Desk Team (the sandbox knows no project role's members)");
    List<SandboxOutbox.Mail> mails = sandbox.outbox().mails();
    assertThat(mails)
        .extracting(SandboxOutbox.Mail::to)
        .containsExactlyInAnyOrder(
            "Bart Peeters <agent.bart>", "Anna Jansen <agent.anna>", "Alex Administrator <admin>");
    SandboxOutbox.Mail anna =
        mails.stream().filter(m -> m.to().contains("agent.anna")).findFirst().orElseThrow();
    assertThat(anna.subject()).startsWith("[HELP-1] Herinnering: Time to first response");
    assertThat(anna.text())
        .contains("20m te laat verstuurd: gepland 12:40, verstuurd 13:00.")
        .contains(sandbox.url() + "browse/HELP-1");
    SandboxOutbox.Mail bart =
        mails.stream().filter(m -> m.to().contains("agent.bart")).findFirst().orElseThrow();
    assertThat(bart.text())
        .as("someone only the export names: English, UTC")
        .contains("Sent 20m late: due 11:40, sent 12:00.");
  }

  @Test
  void aGroupOfThePolicyFileIsMailedMemberByMember() throws Exception {
    String line =
        sandbox
            .alertActions()
            .perform(notice("late", 2), email(new Recipient(Recipient.Kind.GROUP, "Engineering")));

    assertThat(line).startsWith("e-mail to 2 people: ");
    assertThat(sandbox.outbox().mails()).hasSize(2);
  }

  @Test
  void aMailToNobodyFailsForGoodWithTheReasons() {
    assertThatThrownBy(
            () ->
                sandbox
                    .alertActions()
                    .perform(
                        notice("late", 3),
                        email(
                            Recipient.of(Recipient.Kind.WATCHERS),
                            Recipient.of(Recipient.Kind.PROJECT_LEAD),
                            new Recipient(Recipient.Kind.GROUP, "nobody-here"))))
        .isInstanceOf(AlertActions.Failure.class)
        .hasMessage(
            "nobody to e-mail: watchers (the exports do not list watchers); project-lead (the"
                + " exports do not name project leads); group nobody-here (no such group in the"
                + " policy file's \"groups\")")
        .matches(e -> !((AlertActions.Failure) e).isRetryable(), "not retryable");
    assertThat(sandbox.outbox().mails()).isEmpty();
  }

  @Test
  void aFiringDoneAgainSendsAndRecordsNothingTwice() throws Exception {
    AlertNotice late = notice("late", 4);
    AlertAction mail = email(Recipient.of(Recipient.Kind.ASSIGNEE));
    AlertAction label = new AlertAction.AddLabel("sla-late");

    sandbox.alertActions().perform(late, mail);
    sandbox.alertActions().perform(late, label);

    assertThat(sandbox.alertActions().perform(late, mail))
        .isEqualTo("e-mail to 1 person: Bart Peeters (already sent)");
    assertThat(sandbox.alertActions().perform(late, label))
        .isEqualTo("already done: label sla-late added");
    assertThat(sandbox.outbox().mails()).hasSize(1);
    assertThat(sandbox.outbox().actions("HELP-1")).hasSize(1);
  }

  @Test
  void theIssuePageListsTheActionsAndTheOutboxKeepsItsMailsAcrossARestart() throws Exception {
    AlertNotice late = notice("late", 5);
    sandbox.alertActions().perform(late, email(Recipient.of(Recipient.Kind.ASSIGNEE)));
    sandbox
        .alertActions()
        .perform(late, new AlertAction.Comment(true, "First response to a <VIP> is late"));
    sandbox.alertActions().perform(late, new AlertAction.Transition("Escalate"));

    sandbox.close();
    sandbox = started();

    assertThat(sandbox.outbox().mails()).hasSize(1);
    String page = get("/browse/HELP-1", AGENT_EN).body();
    assertThat(page)
        .contains("Actions by SLA Clocks")
        .contains("internal comment: First response to a &lt;VIP&gt; is late")
        .contains("data-sla-sandbox-alert-action=\"transition\"")
        .doesNotContain("<VIP>");
  }

  @Test
  void administratorsAndAgentsReadTheOutboxOthersMayNot() throws Exception {
    sandbox.alertActions().perform(notice("late", 6), email(Recipient.of(Recipient.Kind.ASSIGNEE)));
    long id = sandbox.outbox().mails().get(0).id();

    HttpResponse<String> list = get("/outbox", ADMIN);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body())
        .contains("data-sla-sandbox-mail=\"" + id + "\"")
        .contains("[HELP-1] Escalation level 1: Time to first response");
    HttpResponse<String> opened = get("/outbox/" + id, AGENT_EN);
    assertThat(opened.statusCode()).isEqualTo(200);
    assertThat(opened.body())
        .contains("sandbox=\"\"")
        .contains("srcdoc=\"&lt;!DOCTYPE html&gt;")
        .contains("data-sla-sandbox-mail-text>Escalation level 1: HELP-1");
    for (String other : List.of(MANAGER, GUEST)) {
      HttpResponse<String> refused = get("/outbox", other);
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(refused.body())
          .contains("Only administrators and agents may read the outbox.")
          .doesNotContain("HELP-1");
    }
    assertThat(get("/outbox/999", ADMIN).statusCode()).isEqualTo(404);
  }

  @Test
  void theIssuesPanelShowsItsFiringsToThoseWhoMayBrowseIt() throws Exception {
    ledger.put(
        new TriggerLedger.Firing(
            0,
            10001,
            "first-response",
            0,
            "late",
            NOW.minus(Duration.ofHours(1)),
            TriggerLedger.State.FAILED,
            0,
            null,
            Set.of(),
            "transition failed: the workflow has no transition Escalate here",
            NOW));

    assertThat(get("/browse/HELP-1", AGENT_EN).body())
        .contains("data-sla-firing=\"late\" data-sla-firing-state=\"failed\"")
        .contains("Escalation level 1: late")
        .contains("transition failed: the workflow has no transition Escalate here");
    assertThat(get("/rest/sla/1.0/issue/HELP-1/panel", GUEST).body())
        .doesNotContain("transition failed");
  }
}
