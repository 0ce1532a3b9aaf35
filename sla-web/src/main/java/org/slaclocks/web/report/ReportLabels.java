package org.slaclocks.web.report;

import java.util.Objects;
import org.slaclocks.web.i18n.Messages;

/**
 * The words of the report templates in one language: {@code $report.labels().get("from")} reads
 * {@code slaclocks.report.label.from}. One method, so a host's template allowlist lists one.
 */
public final class ReportLabels {
  private final Messages messages;

  public ReportLabels(Messages messages) {
    this.messages = Objects.requireNonNull(messages, "messages");
  }

  public String get(String key) {
    return messages.text("report.label." + key);
  }

  /** The language tag of the words ({@code en}, {@code nl}), for the {@code lang} attribute. */
  public String language() {
    return messages.locale().getLanguage();
  }
}
