package org.slaclocks.clock;

import java.time.Instant;
import java.util.Objects;

/**
 * A period that does not count for the clocks it covers (a supplier outage, maintenance), with the
 * reason shown to agents and customers.
 */
public record ExclusionWindow(Instant startInclusive, Instant endExclusive, String reason) {
  public ExclusionWindow {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    Objects.requireNonNull(reason, "reason");
    if (!endExclusive.isAfter(startInclusive)) {
      throw new IllegalArgumentException(
          "an exclusion window must end after it starts: " + startInclusive + ".." + endExclusive);
    }
  }
}
