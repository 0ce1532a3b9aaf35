package org.slaclocks.tracking;

import java.time.Instant;
import java.util.Objects;
import org.slaclocks.policy.AlertRule;

/**
 * One firing of a reminder or an escalation: rule {@code rule}, firing {@code occurrence} (1, then
 * 2, 3, ... for a repeating escalation), due at {@code dueAt} in cycle {@code cycleIndex} of metric
 * {@code metricId}, whose goal counts in {@code calendar}.
 */
public record AlertDue(
    String metricId,
    int cycleIndex,
    AlertRule rule,
    int occurrence,
    Instant dueAt,
    String calendar) {
  public AlertDue {
    Objects.requireNonNull(metricId, "metricId");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(calendar, "calendar");
    if (occurrence < 1) {
      throw new IllegalArgumentException("occurrence must be 1 or more, was " + occurrence);
    }
  }

  /** The ledger's name of this firing ({@link TriggerLedger.Firing#triggerId}). */
  public String triggerId() {
    return rule.triggerId(occurrence);
  }
}
