package org.slaclocks.web.view;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slaclocks.web.i18n.Messages;

/**
 * The engine's causes in the viewer's language. The engine stores each cause as an English sentence
 * ("reply to customer by Anna Jansen", "status Waiting for customer"): it is part of what is stored
 * and compared, so it stays one language. The views recognise the engine's phrasings (those of
 * {@code Trigger}, {@code PauseCondition} and {@code Criteria}; {@code CausesTest} builds them with
 * the engine itself, so a new phrasing fails the build) and say them in the viewer's language;
 * names inside (statuses, people, values) are shown as Jira names them. A cause not recognised is
 * shown as the engine wrote it.
 */
public final class Causes {
  private record Phrase(Pattern pattern, String key) {}

  /** Longer phrasings first where a shorter one would also match. */
  private static final List<Phrase> PHRASES =
      List.of(
          phrase("issue created", "cause.created"),
          phrase("entered status (.+)", "cause.enteredStatus"),
          phrase("left status (.+) for (.+)", "cause.leftStatusFor"),
          phrase("left status (.+)", "cause.leftStatus"),
          phrase("reassigned from (.+) to (.+)", "cause.reassigned"),
          phrase("no longer assigned to (.+)", "cause.noLongerAssigned"),
          phrase("unassigned from (.+)", "cause.unassigned"),
          phrase("assigned to (.+) of (.+)", "cause.assignedInGroup"),
          phrase("assigned to (.+)", "cause.assigned"),
          phrase("resolution set to (.+)", "cause.resolutionSet"),
          phrase("resolution (.+) cleared", "cause.resolutionCleared"),
          phrase("resolution (.+)", "cause.resolution"),
          phrase("comment by customer (.+)", "cause.customerComment"),
          phrase("reply to customer by (.+)", "cause.agentReply"),
          phrase("priority changed from (.+) to (.+)", "cause.priorityChanged"),
          phrase("status (.+)", "cause.status"),
          phrase("priority ([^;]+)", "cause.priority"),
          phrase("(.+) changed to nothing", "cause.fieldCleared"),
          phrase("(.+) changed to (.+)", "cause.fieldChanged"),
          phrase("(.+) set to (.+)", "cause.fieldSet"),
          phrase("any issue", "cause.anyIssue"));

  private Causes() {}

  private static Phrase phrase(String regex, String key) {
    return new Phrase(Pattern.compile(regex), key);
  }

  /**
   * The cause or goal label in the viewer's language, where the views know its phrase; else as it
   * is.
   */
  public static String localized(String cause, Messages messages) {
    if (cause == null || cause.isEmpty()) {
      return cause;
    }
    for (Phrase phrase : PHRASES) {
      Matcher m = phrase.pattern().matcher(cause);
      if (m.matches()) {
        Object[] names = new Object[m.groupCount()];
        for (int i = 0; i < names.length; i++) {
          names[i] = m.group(i + 1);
        }
        return messages.text(phrase.key(), names);
      }
    }
    return cause;
  }

  /** Whether the views say this cause in the viewer's language (for the cross-check test). */
  static boolean isRecognised(String cause) {
    return PHRASES.stream().anyMatch(p -> p.pattern().matcher(cause).matches());
  }
}
