package org.slaclocks.web.view;

import java.util.List;
import java.util.Objects;

/**
 * One firing of a reminder or escalation on the panel, in the viewer's language and zone: what it
 * is, when it was due, where it stands and what was done (one line per action, to whom).
 *
 * @param state the ledger's state in lower case ({@code pending}, {@code claimed}, {@code retry},
 *     {@code done}, {@code failed}, {@code cancelled}): a hook for styles and tests
 * @param stateText "Done", "Retrying Mon 10:05 (attempt 2 failed)", "Failed after 3 attempts"
 * @param dueAt the due instant, ISO-8601 (a {@code <time datetime>})
 */
public record FiringView(
    String triggerId,
    String whatText,
    String ruleText,
    String dueAt,
    String dueText,
    String state,
    String stateText,
    List<String> outcomeLines) {
  public FiringView {
    Objects.requireNonNull(triggerId, "triggerId");
    Objects.requireNonNull(whatText, "whatText");
    ruleText = ruleText == null ? "" : ruleText;
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(dueText, "dueText");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(stateText, "stateText");
    outcomeLines = List.copyOf(outcomeLines);
  }

  public boolean hasRuleText() {
    return !ruleText.isEmpty();
  }

  public boolean hasOutcome() {
    return !outcomeLines.isEmpty();
  }

  /** A failed firing is shown as an error: someone has to act. */
  public String severityClass() {
    return switch (state) {
      case "failed" -> "sla-firing-failed";
      case "retry" -> "sla-firing-retry";
      case "done" -> "sla-firing-done";
      default -> "sla-firing-" + state;
    };
  }
}
