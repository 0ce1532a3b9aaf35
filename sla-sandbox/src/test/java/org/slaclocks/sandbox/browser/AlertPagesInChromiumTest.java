package org.slaclocks.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.slaclocks.policy.AlertAction;
import org.slaclocks.policy.AlertRule;
import org.slaclocks.policy.Metric;
import org.slaclocks.policy.Recipient;
import org.slaclocks.policy.SlaPolicy;
import org.slaclocks.sandbox.LoadedIssues;
import org.slaclocks.sandbox.MemoryTriggerLedger;
import org.slaclocks.tracking.AlertNotice;
import org.slaclocks.tracking.TriggerLedger;

/**
 * What people see of reminders and escalations, in real Chromium against the sandbox with the
 * bundled sample: the outbox with a mail the sandbox sent (its HTML in a sandboxed frame, its
 * text), and the SLA panel listing a metric's firings, one done and one failed with why.
 */
class AlertPagesInChromiumTest {
  static final Instant NOW = Instant.parse("2026-04-28T09:30:00Z");

  @TempDir static Path data;
  static SandboxSession session;
  static final MemoryTriggerLedger LEDGER = new MemoryTriggerLedger();

  /** The VIP issue whose first response breached last before now: escalation "late" is owed. */
  static String key;

  @BeforeAll
  static void start() throws Exception {
    session = SandboxSession.start(NOW, data, ao -> LEDGER);
    LoadedIssues issues = session.sandbox.tracking().issues();
    SandboxSession.Found breached =
        session
            .findAll(
                c ->
                    c.get("metricId").asText().equals("first-response")
                        && c.get("state").asText().equals("BREACHED"))
            .stream()
            .filter(
                f ->
                    "Acme Corp"
                        .equals(
                            issues
                                .byKey(f.key())
                                .orElseThrow()
                                .fields()
                                .customFields()
                                .get("Organization")))
            .max(Comparator.comparing(f -> Instant.parse(f.clock().get("breachAt").asText())))
            .orElseThrow();
    key = breached.key();
    long issueId = issues.byKey(key).orElseThrow().id();
    Instant breach = Instant.parse(breached.clock().get("breachAt").asText());
    SlaPolicy vip =
        session.sandbox.tracking().configuration().get().policies().stream()
            .filter(p -> p.id().equals("vip"))
            .findFirst()
            .orElseThrow();
    Metric firstResponse = vip.metrics().get(0);
    AlertRule late =
        firstResponse.alerts().stream()
            .filter(r -> r.id().equals("late"))
            .findFirst()
            .orElseThrow();
    // The reminder was done; the escalation is the ledger's second row: its actions carry its
    // marker, the mail and the label were done, the workflow refused the transition for good.
    AlertRule hourLeft =
        firstResponse.alerts().stream()
            .filter(r -> r.id().equals("hour-left"))
            .findFirst()
            .orElseThrow();
    Instant reminded = breach.minus(Duration.ofHours(1));
    String reminderMailed =
        session
            .sandbox
            .alertActions()
            .perform(
                new AlertNotice(
                    issueId,
                    key,
                    vip.id(),
                    vip.name(),
                    firstResponse.id(),
                    firstResponse.name(),
                    0,
                    hourLeft,
                    1,
                    reminded,
                    breach,
                    Duration.ofHours(8),
                    AlertNotice.markerOf(1)),
                new AlertAction.Email(List.of(Recipient.of(Recipient.Kind.ASSIGNEE))));
    LEDGER.put(
        new TriggerLedger.Firing(
            0,
            issueId,
            firstResponse.id(),
            0,
            "hour-left",
            reminded,
            TriggerLedger.State.DONE,
            0,
            null,
            Set.of(0),
            reminderMailed,
            reminded));
    AlertNotice notice =
        new AlertNotice(
            issueId,
            key,
            vip.id(),
            vip.name(),
            firstResponse.id(),
            firstResponse.name(),
            0,
            late,
            1,
            breach,
            breach,
            Duration.ofHours(8),
            AlertNotice.markerOf(2));
    String mailed =
        session
            .sandbox
            .alertActions()
            .perform(
                notice,
                new AlertAction.Email(
                    List.of(
                        Recipient.of(Recipient.Kind.ASSIGNEE),
                        new Recipient(Recipient.Kind.USER, "agent.anna"))));
    String labelled =
        session.sandbox.alertActions().perform(notice, new AlertAction.AddLabel("sla-late"));
    LEDGER.put(
        new TriggerLedger.Firing(
            0,
            issueId,
            firstResponse.id(),
            0,
            "late",
            breach,
            TriggerLedger.State.FAILED,
            0,
            null,
            Set.of(0, 2),
            mailed
                + "\n"
                + labelled
                + "\ntransition failed: the workflow has no transition Escalate from this status",
            NOW));
  }

  @AfterAll
  static void stop() {
    if (session != null) {
      session.close();
    }
  }

  private static Browser browser() {
    return session.browser;
  }

  @Test
  void theOutboxListsTheMailAndOpensItsHtmlAndText() throws IOException {
    session.as("admin", "en");

    browser().open("/");
    browser().find("a[data-sla-sandbox-nav='outbox']").click();
    browser()
        .waitUntil(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("tr[data-sla-sandbox-mail]")));
    List<WebElement> rows = browser().findAll("tr[data-sla-sandbox-mail]");
    assertThat(rows).hasSizeGreaterThanOrEqualTo(1);
    assertThat(rows.get(0).getText()).contains("[" + key + "]").contains("Time to first response");
    browser().screenshot(SandboxSession.SCREENSHOTS.resolve("outbox.png"));

    WebElement toAnna =
        rows.stream().filter(r -> r.getText().contains("agent.anna")).findFirst().orElseThrow();
    toAnna.findElement(By.cssSelector("a[data-sla-sandbox-mail-open]")).click();
    browser()
        .waitUntil(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("iframe[data-sla-sandbox-mail-html]")));
    assertThat(browser().find("pre[data-sla-sandbox-mail-text]").getText())
        .contains("Escalatie niveau 1: " + key)
        .contains("te laat verstuurd");
    browser().screenshot(SandboxSession.SCREENSHOTS.resolve("outbox-mail.png"));
    WebElement frame = browser().find("iframe[data-sla-sandbox-mail-html]");
    assertThat(frame.getAttribute("sandbox")).isEmpty();
    browser().driver().switchTo().frame(frame);
    try {
      WebElement mail = browser().find("[data-sla-mail]");
      assertThat(mail.getAttribute("data-sla-mail-kind")).isEqualTo("escalation");
      assertThat(mail.getText()).containsIgnoringCase("Escalatie niveau 1").contains(key);
      assertThat(browser().find("[data-sla-mail-late]").getText()).contains("te laat verstuurd");
    } finally {
      browser().driver().switchTo().defaultContent();
    }
  }

  @Test
  void thePanelShowsADoneAndAFailedFiringAndTheIssueTheLabel() throws IOException {
    session.as("agent.anna", "en");

    browser().open("/browse/" + key);
    WebElement firings =
        browser()
            .waitUntil(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-sla-firings]")));

    WebElement done = firings.findElement(By.cssSelector("[data-sla-firing='hour-left']"));
    assertThat(done.getAttribute("data-sla-firing-state")).isEqualTo("done");
    assertThat(done.getText())
        .contains("Reminder hour-left")
        .contains("Done")
        .contains("e-mail to 1 person: ");
    WebElement failed = firings.findElement(By.cssSelector("[data-sla-firing='late']"));
    assertThat(failed.getAttribute("data-sla-firing-state")).isEqualTo("failed");
    assertThat(failed.getText())
        .contains("Escalation level 1: late")
        .contains("Failed")
        .contains("e-mail to ")
        .contains("transition failed: the workflow has no transition Escalate from this status");
    assertThat(browser().find("[data-sla-sandbox-alert-actions]").getText())
        .contains("label sla-late added");
    browser().script("arguments[0].scrollIntoView({block: 'center'})", firings);
    browser().screenshot(SandboxSession.SCREENSHOTS.resolve("panel-firings.png"));
  }
}
