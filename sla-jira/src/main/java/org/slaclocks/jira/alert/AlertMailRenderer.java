package org.slaclocks.jira.alert;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import org.slaclocks.tracking.AlertNotice;

/**
 * Renders the e-mail of a firing for one recipient. Stands for the web layer's {@code AlertMail}
 * (the same parameters and message), which is shared with the sandbox; Jira's bean adapts it.
 */
@FunctionalInterface
public interface AlertMailRenderer {

  /** A mail whose HTML and text say the same; the subject is one line. */
  record Mail(String subject, String text, String html) {
    public Mail {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(html, "html");
    }
  }

  /**
   * @param issueSummary the issue's summary as it is now (escaped by the renderer)
   * @param issueUrl the address of the issue's page; empty for none
   */
  Mail render(AlertNotice notice, String issueSummary, String issueUrl, Locale locale, ZoneId zone);
}
