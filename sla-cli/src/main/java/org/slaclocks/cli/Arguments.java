package org.slaclocks.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Parsing of the instants and durations that users type, with messages that show the syntax. */
final class Arguments {
  private Arguments() {}

  /** An ISO-8601 instant with an offset or {@code Z}: {@code 2026-01-05T16:00:00+01:00}. */
  static Instant instant(String name, String text) {
    if (text == null) {
      throw new IllegalArgumentException(name + " is required");
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          name
              + ": '"
              + text
              + "' is not an instant; write an ISO-8601 date and time with an offset or Z, for"
              + " example 2026-01-05T16:00:00+01:00 or 2026-01-05T15:00:00Z");
    }
  }

  /** An ISO-8601 duration of working time: {@code PT8H}, {@code PT30M}, {@code PT240H}. */
  static Duration duration(String name, String text) {
    if (text == null) {
      throw new IllegalArgumentException(name + " is required");
    }
    Duration duration;
    try {
      duration = Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          name
              + ": '"
              + text
              + "' is not a duration; write ISO-8601 working time such as PT8H, PT1H30M or"
              + " PT240H (P1D means 24 working hours, not one business day)");
    }
    if (duration.isNegative()) {
      throw new IllegalArgumentException(name + ": must not be negative, was " + text);
    }
    return duration;
  }

  /** Seconds as a JSON number: whole seconds without a fraction. */
  static String seconds(Duration duration) {
    if (duration.getNano() == 0) {
      return Long.toString(duration.getSeconds());
    }
    return new java.math.BigDecimal(duration.getSeconds())
        .add(java.math.BigDecimal.valueOf(duration.getNano(), 9))
        .stripTrailingZeros()
        .toPlainString();
  }
}
