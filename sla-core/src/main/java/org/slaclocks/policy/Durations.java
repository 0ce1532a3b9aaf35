package org.slaclocks.policy;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations of working time as administrators write them: {@code 4h}, {@code 1h 30m}, {@code 45m},
 * {@code 90s}, or ISO-8601 ({@code PT4H}). Days and weeks are refused: a business day is not 24
 * hours, so "2d" would be read wrongly by half the people who write it.
 */
public final class Durations {
  private static final Pattern UNITS = Pattern.compile("\\s*(\\d+)\\s*([hms])\\s*");
  public static final String SYNTAX =
      "write working time in hours, minutes and seconds, such as 4h, 1h 30m, 45m or PT4H";

  private Durations() {}

  public static Duration parse(String text) {
    String trimmed = text.trim();
    if (trimmed.startsWith("P") || trimmed.startsWith("p")) {
      try {
        Duration d = Duration.parse(trimmed);
        if (trimmed.toUpperCase(java.util.Locale.ROOT).contains("D")) {
          throw new IllegalArgumentException(
              "'" + text + "' uses days; a business day is not 24 hours: " + SYNTAX);
        }
        return d;
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("'" + text + "' is not a duration: " + SYNTAX);
      }
    }
    Matcher m = UNITS.matcher(trimmed);
    Duration total = Duration.ZERO;
    int at = 0;
    String seen = "";
    while (at < trimmed.length()) {
      if (!m.find(at) || m.start() != at) {
        if (trimmed.matches(".*\\d+\\s*[dw].*")) {
          throw new IllegalArgumentException(
              "'" + text + "' uses days or weeks; a business day is not 24 hours: " + SYNTAX);
        }
        throw new IllegalArgumentException("'" + text + "' is not a duration: " + SYNTAX);
      }
      String unit = m.group(2);
      if (seen.contains(unit)) {
        throw new IllegalArgumentException("'" + text + "' gives " + unit + " twice: " + SYNTAX);
      }
      seen += unit;
      long amount = Long.parseLong(m.group(1));
      total =
          total.plus(
              switch (unit) {
                case "h" -> Duration.ofHours(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofSeconds(amount);
              });
      at = m.end();
    }
    if (seen.isEmpty()) {
      throw new IllegalArgumentException("'" + text + "' is not a duration: " + SYNTAX);
    }
    return total;
  }

  /** The short form: {@code 8h}, {@code 1h 30m}, {@code 45s}; {@code 0s} for zero. */
  public static String format(Duration d) {
    StringBuilder out = new StringBuilder(d.isNegative() ? "-" : "");
    Duration abs = d.abs();
    long hours = abs.toHours();
    int minutes = abs.toMinutesPart();
    int seconds = abs.toSecondsPart();
    if (hours > 0) {
      out.append(hours).append('h');
    }
    if (minutes > 0) {
      out.append(hours > 0 ? " " : "").append(minutes).append('m');
    }
    if (seconds > 0 || (hours == 0 && minutes == 0)) {
      out.append(hours > 0 || minutes > 0 ? " " : "").append(seconds).append('s');
    }
    return out.toString();
  }
}
