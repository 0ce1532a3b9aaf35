package org.slaclocks.clock;

import java.time.Duration;
import java.util.Objects;

/**
 * The target of a cycle: the contractual duration, an optional stricter internal target, and the
 * name of the calendar that counts them ({@link Calendars} resolves it). {@code label} says which
 * goal row chose it ("priority Highest"). The calendar is kept by name so that a stored cycle is
 * the same value as a computed one.
 */
public record Goal(Duration target, Duration internalTarget, String calendar, String label) {
  public Goal {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(label, "label");
    if (target.isNegative() || target.isZero()) {
      throw new IllegalArgumentException("target must be positive, was " + target);
    }
    if (internalTarget != null
        && (internalTarget.isNegative()
            || internalTarget.isZero()
            || internalTarget.compareTo(target) >= 0)) {
      throw new IllegalArgumentException(
          "internalTarget must be positive and shorter than the target "
              + target
              + ", was "
              + internalTarget);
    }
  }
}
