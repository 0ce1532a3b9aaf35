package org.slaclocks.tracking;

import java.util.Map;
import java.util.Objects;

/**
 * A request to replace an issue's stored clocks with {@code clocks}, provided the stored version is
 * still {@code expectedVersion} (0: nothing stored yet), the version read before the issue's
 * history was read. {@code triggers} holds, per metric id, what the due index keeps of the clock's
 * reminders and escalations; a metric without any is absent.
 */
public record ClockUpdate(
    IssueClocks clocks, long expectedVersion, Map<String, TriggerSchedule.Triggers> triggers) {
  public ClockUpdate {
    Objects.requireNonNull(clocks, "clocks");
    if (expectedVersion < 0) {
      throw new IllegalArgumentException("expectedVersion must be >= 0, was " + expectedVersion);
    }
    triggers = Map.copyOf(triggers);
  }

  /** Clocks without reminders or escalations. */
  public ClockUpdate(IssueClocks clocks, long expectedVersion) {
    this(clocks, expectedVersion, Map.of());
  }
}
