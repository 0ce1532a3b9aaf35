package org.slaclocks.clock;

import java.time.Instant;
import java.util.Objects;

/**
 * A span in which an open cycle did not count, with its cause ("status Waiting for customer",
 * "exclusion: supplier outage"). {@code endExclusive} is null while the pause lasts.
 */
public record Pause(Kind kind, Instant startInclusive, Instant endExclusive, String cause) {
  /** Why the clock did not count. */
  public enum Kind {
    /** A pause condition of the metric held. */
    CONDITION,
    /** An exclusion window covered the span. */
    EXCLUSION
  }

  public Pause {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(cause, "cause");
    if (endExclusive != null && endExclusive.isBefore(startInclusive)) {
      throw new IllegalArgumentException("a pause cannot end before it starts: " + this);
    }
  }

  public boolean isOpen() {
    return endExclusive == null;
  }
}
