package org.slaclocks.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A half-open range of instants a report covers. A stopped cycle belongs to the period its stop
 * instant falls in; an open cycle that has breached, to the period of its breach instant (see
 * {@link ComplianceCounts}).
 */
public record Period(Instant startInclusive, Instant endExclusive) {
  /** Every instant: the period of a replay's summary. */
  public static final Period ALL = new Period(Instant.MIN, Instant.MAX);

  public Period {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    if (!endExclusive.isAfter(startInclusive)) {
      throw new IllegalArgumentException(
          "endExclusive must be after startInclusive " + startInclusive + ", was " + endExclusive);
    }
  }

  /**
   * From the start of {@code from} to the start of {@code to} (exclusive), as days in {@code zone}.
   */
  public static Period ofDays(LocalDate from, LocalDate to, ZoneId zone) {
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException(
          "the period ends on " + to + ", which is not after its start " + from);
    }
    return new Period(from.atStartOfDay(zone).toInstant(), to.atStartOfDay(zone).toInstant());
  }

  public boolean contains(Instant instant) {
    return instant != null && !instant.isBefore(startInclusive) && instant.isBefore(endExclusive);
  }
}
