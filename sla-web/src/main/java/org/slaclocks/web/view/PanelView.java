package org.slaclocks.web.view;

import java.util.List;
import java.util.Objects;

/**
 * The SLA panel of one issue at now: every metric of its policy, in the policy's order.
 *
 * @param message why nothing can be shown (no policy applies, or the stored clocks cannot be read);
 *     empty when there are metrics
 * @param serverNow epoch millis of the now the panel was derived at
 */
public record PanelView(
    long issueId,
    String issueKey,
    List<MetricView> metrics,
    String message,
    boolean unavailable,
    long serverNow,
    Labels labels) {

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
      String refreshFailed) {}

  public PanelView {
    Objects.requireNonNull(issueKey, "issueKey");
    metrics = List.copyOf(metrics);
    message = message == null ? "" : message;
    Objects.requireNonNull(labels, "labels");
  }

  public boolean hasMessage() {
    return !message.isEmpty();
  }
}
