package org.slaclocks.jira.persistence;

import java.util.Map;
import java.util.TreeMap;
import org.slaclocks.tracking.ClockRepository;

/**
 * Some issues' stored clocks cannot be read back (a CYCLES document that is not what was written, a
 * row an upgrade could not convert): the issues' clocks must be recomputed from their histories.
 * Their rows are marked so that the next store rewrites them, whatever it computes; the other
 * issues asked for were read and are in {@link #readable()}.
 */
public final class UnreadableClocksException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final transient Map<Long, String> reasons;
  private final transient Map<Long, ClockRepository.Stored> readable;

  UnreadableClocksException(Map<Long, String> reasons, Map<Long, ClockRepository.Stored> readable) {
    super(message(reasons));
    this.reasons = Map.copyOf(reasons);
    this.readable = Map.copyOf(readable);
  }

  /** Issue id to what is wrong with its stored clocks. */
  public Map<Long, String> reasons() {
    return reasons;
  }

  /** The issues read without a problem. */
  public Map<Long, ClockRepository.Stored> readable() {
    return readable;
  }

  private static String message(Map<Long, String> reasons) {
    StringBuilder text = new StringBuilder("the stored clocks of ");
    text.append(reasons.size() == 1 ? "issue " : reasons.size() + " issues ");
    int shown = 0;
    for (Map.Entry<Long, String> reason : new TreeMap<>(reasons).entrySet()) {
      if (shown++ == 5) {
        text.append("; ...");
        break;
      }
      text.append(shown > 1 ? "; " : "")
          .append(reason.getKey())
          .append(" (")
          .append(reason.getValue())
          .append(')');
    }
    return text.append(
            " cannot be read: recompute these issues (queue them for the worker); their rows are"
                + " marked to be rewritten by the next store")
        .toString();
  }
}
