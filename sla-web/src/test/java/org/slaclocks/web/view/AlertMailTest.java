package org.slaclocks.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.slaclocks.policy.AlertAction;
import org.slaclocks.policy.AlertRule;
import org.slaclocks.policy.Criteria;
import org.slaclocks.policy.Recipient;
import org.slaclocks.tracking.AlertNotice;
import org.slaclocks.web.VelocityTemplates;

/** The e-mail of a firing as recipients read it, rendered by Velocity 1.7 with Jira's escaping. */
class AlertMailTest {
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final Instant DUE = Instant.parse("2026-01-05T08:00:00Z"); // 09:00 in Amsterdam
  private static final Instant BREACH = Instant.parse("2026-01-05T09:00:00Z");
  private static final List<AlertAction> EMAIL =
      List.of(new AlertAction.Email(List.of(Recipient.of(Recipient.Kind.ASSIGNEE))));
  private static final AlertRule HOUR_LEFT =
      new AlertRule(
          "hour-left",
          AlertRule.Kind.REMINDER,
          new AlertRule.BeforeBreach(Duration.ofHours(1)),
          0,
          null,
          Criteria.ANY,
          EMAIL);
  private static final AlertRule MANAGER =
      new AlertRule(
          "manager",
          AlertRule.Kind.ESCALATION,
          new AlertRule.AfterBreach(Duration.ofHours(2)),
          2,
          Duration.ofHours(4),
          Criteria.ANY,
          EMAIL);

  private static AlertNotice notice(AlertRule rule, int occurrence, Instant due) {
    return new AlertNotice(
        10_001,
        "HELP-12",
        "helpdesk",
        "Helpdesk",
        "ttfr",
        "Time to first response",
        0,
        rule,
        occurrence,
        due,
        BREACH,
        Duration.ofHours(4),
        AlertNotice.markerOf(7));
  }

  private static AlertMail sentAt(Instant sent) {
    return new AlertMail(new VelocityTemplates(), Clock.fixed(sent, ZoneOffset.UTC));
  }

  @Test
  void aReminderSaysWhichIssueBreachesWhenAndWhy() {
    AlertMail.Message mail =
        sentAt(DUE.plusSeconds(30))
            .render(
                notice(HOUR_LEFT, 1, DUE),
                "Printer on fire",
                "https://jira.example.com/browse/HELP-12",
                Locale.ENGLISH,
                AMSTERDAM);

    assertThat(mail.subject())
        .isEqualTo("[HELP-12] Reminder: Time to first response \u2013 Printer on fire");
    assertThat(mail.text())
        .startsWith("Reminder: HELP-12 Printer on fire\n")
        .contains(
            "HELP-12 breaches its goal for Time to first response on Mon 5 Jan 2026 10:00"
                + " (Europe/Amsterdam).")
        .contains("SLA: Time to first response\n")
        .contains("Policy: Helpdesk\n")
        .contains("Goal: 4h\n")
        .contains("Due: Mon 5 Jan 2026 09:00 (Europe/Amsterdam)\n")
        .contains("Rule: hour-left: 1h before the breach\n")
        .contains("Open HELP-12: https://jira.example.com/browse/HELP-12")
        .doesNotContain("late")
        .doesNotContain("$mail");
    assertThat(mail.html())
        .contains("<html lang=\"en\">")
        .contains("data-sla-mail-kind=\"reminder\"")
        .contains("href=\"https://jira.example.com/browse/HELP-12\"")
        .contains(">Mon 5 Jan 2026 10:00 (Europe/Amsterdam)<")
        .doesNotContain("data-sla-mail-late")
        .doesNotContain("<style")
        .doesNotContain("class=");
  }

  @Test
  void aLateFiringSaysWhenItWasDueAndWhenItWasSent() {
    Instant sent = DUE.plus(Duration.ofMinutes(14));
    AlertMail.Message mail =
        sentAt(sent).render(notice(HOUR_LEFT, 1, DUE), "Printer", "", Locale.ENGLISH, AMSTERDAM);

    assertThat(mail.text()).contains("Sent 14m late: due 09:00, sent 09:14.");
    assertThat(mail.html())
        .contains("data-sla-mail-late")
        .contains("Sent 14m late: due 09:00, sent 09:14.");
  }

  @Test
  void aFiringSentOnAnotherDayNamesTheDays() {
    Instant sent = DUE.plus(Duration.ofHours(26));
    AlertMail.Message mail =
        sentAt(sent).render(notice(HOUR_LEFT, 1, DUE), "Printer", "", Locale.ENGLISH, AMSTERDAM);

    assertThat(mail.text()).contains("Sent 1d 2h late: due Mon 09:00, sent Tue 11:00.");
  }

  @Test
  void aFiringDaysLateSaysSoInDaysInEachLanguage() {
    Instant sent = DUE.plus(Duration.ofDays(3)).plus(Duration.ofHours(15)).plusSeconds(120);
    assertThat(
            sentAt(sent)
                .render(notice(HOUR_LEFT, 1, DUE), "Printer", "", Locale.ENGLISH, AMSTERDAM)
                .text())
        .contains("Sent 3d 15h late:");
    assertThat(
            sentAt(DUE.plus(Duration.ofDays(2)))
                .render(
                    notice(HOUR_LEFT, 1, DUE),
                    "Printer",
                    "",
                    Locale.forLanguageTag("nl"),
                    AMSTERDAM)
                .text())
        .contains("2d te laat verstuurd");
  }

  @Test
  void aFiringSentWithinTheJobsMinuteIsNotLate() {
    AlertMail.Message mail =
        sentAt(DUE.plus(AlertMail.LATE_AFTER))
            .render(notice(HOUR_LEFT, 1, DUE), "Printer", "", Locale.ENGLISH, AMSTERDAM);

    assertThat(mail.text()).doesNotContain("late");
  }

  @Test
  void anEscalationInDutchSpeaksDutchInTheRecipientsZone() {
    Instant due = BREACH.plus(Duration.ofHours(10));
    AlertMail.Message mail =
        sentAt(due)
            .render(
                notice(MANAGER, 3, due),
                "Printer in brand",
                "https://jira.example.com/browse/HELP-12",
                Locale.forLanguageTag("nl"),
                ZoneId.of("America/New_York"));

    assertThat(mail.subject())
        .isEqualTo(
            "[HELP-12] Escalatie niveau 2, herhaling 3: Time to first response \u2013 Printer in"
                + " brand");
    assertThat(mail.text())
        .contains(
            "HELP-12 heeft het doel voor Time to first response overschreden op ma 5 jan. 2026"
                + " 04:00 (America/New_York).")
        .contains("Beleid: Helpdesk\n")
        .contains("Doel: 4u\n")
        .contains("Regel: manager: 2u na de overschrijding, daarna elke 4u\n")
        .contains("HELP-12 openen: https://jira.example.com/browse/HELP-12");
    assertThat(mail.html())
        .contains("<html lang=\"nl\">")
        .contains("data-sla-mail-kind=\"escalation\"")
        .contains("Escalatie niveau 2, herhaling 3");
  }

  @Test
  void aSummaryWithMarkupIsPrintedAsTextInBothBodiesAndTheSubjectStaysOneLine() {
    String summary = "<script>alert('x')</script> & \"more\"\r\nBcc: everyone@example.com";
    AlertMail.Message mail =
        sentAt(DUE)
            .render(
                notice(HOUR_LEFT, 1, DUE),
                summary,
                "https://jira.example.com/browse/HELP-12?a=1&b=2",
                Locale.ENGLISH,
                AMSTERDAM);

    assertThat(mail.html())
        .doesNotContain("<script>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;")
        .contains("href=\"https://jira.example.com/browse/HELP-12?a=1&amp;b=2\"");
    assertThat(mail.text())
        .contains("Reminder: HELP-12 <script>alert('x')</script> & \"more\"")
        .contains("Open HELP-12: https://jira.example.com/browse/HELP-12?a=1&b=2");
    assertThat(mail.subject())
        .doesNotContain("\r")
        .doesNotContain("\n")
        .endsWith("<script>alert('x')</script> & \"more\" Bcc: everyone@example.com");
  }

  @Test
  void aMailWithoutTheHostsClockNeverClaimsToBeLate() {
    AlertMail.Message mail =
        new AlertMail(new VelocityTemplates())
            .render(notice(HOUR_LEFT, 1, DUE), "Printer", "", Locale.ENGLISH, AMSTERDAM);

    assertThat(mail.text()).contains("Due: Mon 5 Jan 2026 09:00").doesNotContain("late");
  }

  @Test
  void escapedEntitiesTurnBackIntoTheCharactersTheyStandForOnce() {
    assertThat(AlertMail.plain("&lt;b&gt; &amp;lt; &#39;&#x27; &quot; &copy; &#99999999;"))
        .isEqualTo("<b> &lt; '' \" &copy; &#99999999;");
  }
}
