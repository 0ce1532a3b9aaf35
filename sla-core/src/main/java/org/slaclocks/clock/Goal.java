package org.slaclocks.clock;

import java.time.Duration;
import java.util.Objects;
import org.slaclocks.calendar.BusinessCalendar;

/**
 * The target of a cycle: the contractual duration, an optional stricter internal target, and the
 * calendar that counts them. {@code label} says which goal row chose it ("priority Highest").
 */
public record Goal(
    Duration target, Duration internalTarget, BusinessCalendar calendar, String label) {
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
