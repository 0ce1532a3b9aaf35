package org.slaclocks.jira.alert;

import com.atlassian.jira.config.LocaleManager;
import com.atlassian.jira.config.properties.ApplicationProperties;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.mail.Email;
import com.atlassian.jira.mail.settings.MailSettings;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.mail.server.MailServerManager;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.slaclocks.policy.AlertAction;
import org.slaclocks.tracking.AlertActions.Failure;
import org.slaclocks.tracking.AlertNotice;
import org.slaclocks.web.view.AlertMail;

/**
 * E-mails a firing through Jira's outgoing mail: one mail per person, in that person's Jira
 * language and time zone (rendered by the web layer's {@link AlertMail}, as the sandbox does), put
 * on Jira's mail queue (which sends it and retries it on its own). With outgoing mail disabled or
 * no mail server configured nothing is queued: the firing is retried later (a queued mail would
 * wait, or be dropped, without anyone knowing).
 *
 * <p>The mail is HTML: the mail API of Jira's public interfaces takes one body and its MIME type,
 * and no public Jira 9/10 source builds a multipart body with a text alternative through it.
 */
public final class AlertMailer {
  /** The application property holding Jira's base URL (APKeys.JIRA_BASEURL). */
  static final String BASE_URL = "jira.baseurl";

  private final AlertRecipients recipients;
  private final AlertMail mails;
  private final MailQueue queue;
  private final MailServerManager servers;
  private final MailSettings settings;
  private final LocaleManager locales;
  private final TimeZoneManager zones;
  private final ApplicationProperties properties;

  public AlertMailer(
      AlertRecipients recipients,
      AlertMail mails,
      MailQueue queue,
      MailServerManager servers,
      MailSettings settings,
      LocaleManager locales,
      TimeZoneManager zones,
      ApplicationProperties properties) {
    this.recipients = recipients;
    this.mails = mails;
    this.queue = queue;
    this.servers = servers;
    this.settings = settings;
    this.locales = locales;
    this.zones = zones;
    this.properties = properties;
  }

  /** Queues the mails; returns the outcome line ({@code e-mail to 2 people: ann, bob}). */
  public String send(Issue issue, AlertNotice notice, AlertAction.Email email) throws Failure {
    if (settings.send().isDisabled()) {
      throw new Failure(
          "outgoing mail is disabled in Jira (Administration > System > Outgoing mail); the"
              + " e-mail is tried again later",
          true);
    }
    if (servers.getDefaultSMTPMailServer() == null) {
      throw new Failure(
          "Jira has no outgoing mail server (Administration > System > Outgoing mail); the e-mail"
              + " is tried again later",
          true);
    }
    AlertRecipients.Resolved resolved = recipients.resolve(issue, email.to());
    if (resolved.people().isEmpty()) {
      throw new Failure("e-mail to nobody: " + String.join(", ", resolved.leftOut()), false);
    }
    String summary = issue.getSummary() == null ? "" : issue.getSummary();
    String url = issueUrl(issue);
    List<String> sent = new ArrayList<>();
    for (ApplicationUser person : resolved.people()) {
      Locale locale = locales.getLocaleFor(person);
      AlertMail.Message mail =
          mails.render(
              notice, summary, url, locale == null ? Locale.ENGLISH : locale, zoneOf(person));
      Email message = new Email(person.getEmailAddress());
      message.setSubject(mail.subject());
      message.setBody(mail.html());
      message.setMimeType("text/html");
      queue.addItem(new SingleMailQueueItem(message));
      sent.add(person.getUsername());
    }
    StringBuilder outcome = new StringBuilder();
    outcome
        .append("e-mail to ")
        .append(sent.size())
        .append(sent.size() == 1 ? " person: " : " people: ")
        .append(String.join(", ", sent));
    if (!resolved.leftOut().isEmpty()) {
      outcome.append("; not sent: ").append(String.join(", ", resolved.leftOut()));
    }
    return outcome.toString();
  }

  private ZoneId zoneOf(ApplicationUser person) {
    TimeZone zone = zones.getTimeZoneforUser(person);
    return zone == null ? ZoneOffset.UTC : zone.toZoneId();
  }

  private String issueUrl(Issue issue) {
    String base = properties.getString(BASE_URL);
    if (base == null || base.isBlank()) {
      return "";
    }
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
        + "/browse/"
        + issue.getKey();
  }
}
