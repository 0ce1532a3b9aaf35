package org.slaclocks.web.view;

import java.util.Objects;

/**
 * What the e-mail of one firing says, in the recipient's language and zone: the context {@code
 * $mail} of the templates {@code alert-text.vm} and {@code alert-html.vm}. Every value is plain
 * text (the templates' host escapes it); the {@code has*} predicates tell which optional lines to
 * print.
 *
 * @param language the recipient's language tag, for the HTML mail's {@code lang}
 * @param heading "Reminder", "Escalation level 2", "Escalation level 2, repeat 3"
 * @param lead the one sentence that says what happens: "HELP-12 breaches its goal for ... at ..."
 * @param lateText empty when the mail goes out on time; else "Sent 14m late: due 09:00, sent
 *     09:14."
 */
public record AlertMailView(
    String language,
    boolean escalation,
    String heading,
    String lead,
    String issueKey,
    String issueSummary,
    String issueUrl,
    String openText,
    String metricLabel,
    String metricName,
    String policyLabel,
    String policyName,
    String goalLabel,
    String goalText,
    String breachLabel,
    String breachText,
    String dueLabel,
    String dueText,
    String lateText,
    String ruleLabel,
    String ruleText,
    String footer) {
  public AlertMailView {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(issueKey, "issueKey");
    issueSummary = issueSummary == null ? "" : issueSummary;
    issueUrl = issueUrl == null ? "" : issueUrl;
    goalText = goalText == null ? "" : goalText;
    breachText = breachText == null ? "" : breachText;
    lateText = lateText == null ? "" : lateText;
  }

  public boolean hasUrl() {
    return !issueUrl.isEmpty();
  }

  public boolean hasGoal() {
    return !goalText.isEmpty();
  }

  public boolean hasBreach() {
    return !breachText.isEmpty();
  }

  public boolean isLate() {
    return !lateText.isEmpty();
  }

  /** The heading's colour in the HTML mail: amber for a reminder, red for an escalation. */
  public String accentColour() {
    return escalation ? "#de350b" : "#ff8b00";
  }
}
