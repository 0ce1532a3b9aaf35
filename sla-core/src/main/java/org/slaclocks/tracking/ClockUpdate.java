package org.slaclocks.tracking;

import java.util.Objects;

/**
 * A request to replace an issue's stored clocks with {@code clocks}, provided the stored version is
 * still {@code expectedVersion} (0: nothing stored yet), the version read before the issue's
 * history was read.
 */
public record ClockUpdate(IssueClocks clocks, long expectedVersion) {
  public ClockUpdate {
    Objects.requireNonNull(clocks, "clocks");
    if (expectedVersion < 0) {
      throw new IllegalArgumentException("expectedVersion must be >= 0, was " + expectedVersion);
    }
  }
}
