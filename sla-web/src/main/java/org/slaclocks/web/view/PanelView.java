package org.slaclocks.web.view;

import java.util.List;
import java.util.Objects;

/**
 * The SLA panel of one issue at now: every metric of its policy, in the policy's order.
 *
 * @param message why nothing can be shown (no policy applies, or the stored clocks cannot be read);
 *     empty when there are metrics
 * @param serverNow epoch millis of the now the panel was derived at
 * @param firingsMessage why the reminders and escalations cannot be shown (the ledger cannot be
 *     read); empty when they can
 */
public record PanelView(
    long issueId,
    String issueKey,
    List<MetricView> metrics,
    String message,
    boolean unavailable,
    long serverNow,
    Labels labels,
    String firingsMessage) {

  /** The fixed words of the panel in the viewer's language. */
  public record Labels(
      String title,
      String state,
      String goal,
      String calendar,
      String elapsed,
      String remaining,
      String deadline,
      String started,
      String stopped,
      String timeline,
      String showPastCycles,
      String hidePastCycles,
      String refreshFailed,
      String firings) {}

  public PanelView {
    Objects.requireNonNull(issueKey, "issueKey");
    metrics = List.copyOf(metrics);
    message = message == null ? "" : message;
    Objects.requireNonNull(labels, "labels");
    firingsMessage = firingsMessage == null ? "" : firingsMessage;
  }

  public boolean hasFiringsMessage() {
    return !firingsMessage.isEmpty();
  }

  public boolean hasMessage() {
    return !message.isEmpty();
  }
}
