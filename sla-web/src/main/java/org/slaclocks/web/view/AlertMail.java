package org.slaclocks.web.view;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slaclocks.policy.AlertRule;
import org.slaclocks.tracking.AlertNotice;
import org.slaclocks.web.host.TemplateRenderer;
import org.slaclocks.web.i18n.Messages;

/**
 * The e-mail of a reminder or escalation, in one recipient's language and zone, written once for
 * Jira and the sandbox: a subject from the messages, a text and an HTML body from the templates
 * {@value #TEXT} and {@value #HTML} (which administrators can read). Everything printed is escaped
 * by the host's renderer; the text body is rendered the same way and its entities turned back into
 * characters, so no template needs a way around the escaping.
 */
public final class AlertMail {
  /** The plain-text body; context {@code $mail} ({@link AlertMailView}). */
  public static final String TEXT = "web/templates/mail/alert-text.vm";

  /**
   * The HTML body (inline styles only, as mail readers drop style sheets); context {@code $mail}.
   */
  public static final String HTML = "web/templates/mail/alert-html.vm";

  /**
   * The job runs once a minute and may claim a firing a little after it is due: a mail sent later
   * than this after its due instant says so, with both times.
   */
  public static final Duration LATE_AFTER = Duration.ofMinutes(2);

  /** A mail whose HTML and text say the same; the subject is one line. */
  public record Message(String subject, String text, String html) {
    public Message {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(html, "html");
    }
  }

  private static final Pattern ENTITY =
      Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-z]{2,4});");
  private static final Map<String, String> NAMED =
      Map.of("lt", "<", "gt", ">", "amp", "&", "quot", "\"", "apos", "'");

  private final TemplateRenderer templates;
  private final Clock clock;

  /**
   * Mails that cannot tell when they are sent, so never say they are late: hosts pass their clock
   * to {@link #AlertMail(TemplateRenderer, Clock)} (the web layer reads the time only from a host's
   * clock).
   */
  public AlertMail(TemplateRenderer templates) {
    this.templates = Objects.requireNonNull(templates, "templates");
    this.clock = null;
  }

  /**
   * Mails that say "sent" at {@code clock}'s time (Jira's system clock, the sandbox's frozen or
   * running time), and when that is more than {@link #LATE_AFTER} after the due instant, that they
   * are late.
   */
  public AlertMail(TemplateRenderer templates, Clock clock) {
    this.templates = Objects.requireNonNull(templates, "templates");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The mail of {@code notice} for one recipient.
   *
   * @param issueSummary the issue's summary as it is now (may hold anything: it is escaped)
   * @param issueUrl the address of the issue's page; empty for none
   */
  public Message render(
      AlertNotice notice, String issueSummary, String issueUrl, Locale locale, ZoneId zone) {
    Objects.requireNonNull(notice, "notice");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(zone, "zone");
    AlertMailView view = view(notice, issueSummary, issueUrl, Messages.of(locale), zone);
    Map<String, Object> context = Map.of("mail", view);
    String subject =
        Messages.of(locale)
            .text("mail.subject", view.issueKey(), view.heading(), view.metricName(), summary(view))
            .replaceAll("[\\r\\n\\t]+", " ")
            .strip();
    return new Message(
        subject, plain(templates.render(TEXT, context)), templates.render(HTML, context));
  }

  private static String summary(AlertMailView view) {
    return view.issueSummary().isBlank() ? "" : view.issueSummary();
  }

  AlertMailView view(
      AlertNotice notice, String issueSummary, String issueUrl, Messages m, ZoneId zone) {
    AlertRule rule = notice.rule();
    boolean escalation = rule.kind() == AlertRule.Kind.ESCALATION;
    String heading =
        escalation
            ? m.text("mail.heading.escalation", rule.level())
            : m.text("mail.heading.reminder");
    if (notice.occurrence() > 1) {
      heading = m.text("mail.heading.repeat", heading, notice.occurrence());
    }
    DateTimeFormatter full = m.dateTimeFormat("format.instant");
    String lead;
    String breachText = null;
    if (notice.breachAt() != null) {
      breachText = zoned(notice.breachAt(), zone, full, m);
      lead =
          m.text(
              escalation ? "mail.lead.escalation" : "mail.lead.reminder",
              notice.issueKey(),
              notice.metricName(),
              breachText);
    } else {
      lead =
          m.text(
              escalation ? "mail.lead.escalation.noBreach" : "mail.lead.reminder.noBreach",
              notice.issueKey(),
              notice.metricName());
    }
    return new AlertMailView(
        m.locale().toLanguageTag(),
        escalation,
        heading,
        lead,
        notice.issueKey(),
        issueSummary,
        issueUrl,
        m.text("mail.open", notice.issueKey()),
        m.text("mail.metric"),
        notice.metricName(),
        m.text("mail.policy"),
        notice.policyName(),
        m.text("mail.goal"),
        notice.goal() == null ? null : m.duration(notice.goal()),
        m.text("mail.breach"),
        breachText,
        m.text("mail.due"),
        zoned(notice.dueAt(), zone, full, m),
        clock == null ? "" : late(notice.dueAt(), clock.instant(), zone, m),
        m.text("mail.rule"),
        m.text("mail.rule.text", rule.id(), threshold(rule, m)),
        m.text("mail.footer", rule.id(), notice.policyName()));
  }

  /** "1h before the breach", "75% of the goal used", ..., in the recipient's language. */
  static String threshold(AlertRule rule, Messages m) {
    AlertRule.Threshold threshold = rule.threshold();
    String at;
    if (threshold instanceof AlertRule.BeforeBreach b) {
      at = m.text("mail.threshold.before", m.duration(b.before()));
    } else if (threshold instanceof AlertRule.PercentOfGoal p) {
      at = m.text("mail.threshold.percent", p.percent());
    } else if (threshold instanceof AlertRule.AfterBreach a) {
      at =
          a.after().isZero()
              ? m.text("mail.threshold.breach")
              : m.text("mail.threshold.after", m.duration(a.after()));
    } else {
      at = m.text("mail.threshold.internal");
    }
    return rule.every() == null ? at : m.text("mail.threshold.every", at, m.duration(rule.every()));
  }

  private static String zoned(Instant at, ZoneId zone, DateTimeFormatter full, Messages m) {
    return m.text("mail.instant", full.format(at.atZone(zone)), zone.getId());
  }

  /** "Sent 14m late: due 09:00, sent 09:14."; empty when on time. */
  private static String late(Instant due, Instant sent, ZoneId zone, Messages m) {
    Duration lateBy = Duration.between(due, sent);
    if (lateBy.compareTo(LATE_AFTER) <= 0) {
      return "";
    }
    ZonedDateTime dueLocal = due.atZone(zone);
    ZonedDateTime sentLocal = sent.atZone(zone);
    DateTimeFormatter format =
        m.dateTimeFormat(
            dueLocal.toLocalDate().equals(sentLocal.toLocalDate())
                ? "format.time"
                : "format.dayTime");
    return m.text(
        "mail.late", lateness(lateBy, m), format.format(dueLocal), format.format(sentLocal));
  }

  /**
   * How late, in wall-clock time: {@code 14m}, {@code 3h 5m}, from a day on in days and hours
   * ({@code 3d 15h}), since a mail days late is read in days.
   */
  static String lateness(Duration lateBy, Messages m) {
    long days = lateBy.toDays();
    if (days == 0) {
      return m.duration(lateBy.getSeconds());
    }
    long hours = lateBy.minusDays(days).toHours();
    return days + m.text("unit.day") + (hours == 0 ? "" : " " + hours + m.hourUnit());
  }

  /**
   * The text body as written: the renderer escaped every value for HTML; its entities go back to
   * the characters they stand for, in one pass (so an escaped {@code &amp;lt;} stays {@code &lt;}).
   */
  static String plain(String escaped) {
    Matcher matcher = ENTITY.matcher(escaped);
    StringBuilder out = new StringBuilder(escaped.length());
    while (matcher.find()) {
      String name = matcher.group(1);
      String replacement = matcher.group();
      if (name.startsWith("#")) {
        boolean hex = name.startsWith("#x") || name.startsWith("#X");
        int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
        if (Character.isValidCodePoint(codePoint)) {
          replacement = Character.toString(codePoint);
        }
      } else {
        replacement = NAMED.getOrDefault(name, replacement);
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
