package org.slaclocks.calendar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A working period of one local day, half-open: {@code [start, end)} in minutes after that day's
 * midnight. {@code end} is after {@code start} and at most 24 hours later; an end past {@code 1440}
 * (24:00) is an overnight period that continues into the next day ({@code 22:00-06:00} is {@code
 * [1320, 1800)}).
 */
public record WorkingPeriod(int startMinute, int endMinute) implements Comparable<WorkingPeriod> {
  static final int MINUTES_PER_DAY = 24 * 60;
  private static final Pattern FORMAT = Pattern.compile("(\\d{2}):(\\d{2})-(\\d{2}):(\\d{2})");

  public WorkingPeriod {
    if (startMinute < 0 || startMinute >= MINUTES_PER_DAY) {
      throw new IllegalArgumentException(
          "startMinute must be within the day (0..1439), was " + startMinute);
    }
    if (endMinute <= startMinute) {
      throw new IllegalArgumentException(
          "endMinute must be after startMinute, was " + startMinute + ".." + endMinute);
    }
    if (endMinute - startMinute > MINUTES_PER_DAY) {
      throw new IllegalArgumentException(
          "a period lasts at most 24 hours, was " + startMinute + ".." + endMinute);
    }
  }

  /** The whole local day, {@code 00:00-24:00}. */
  public static WorkingPeriod wholeDay() {
    return new WorkingPeriod(0, MINUTES_PER_DAY);
  }

  /**
   * Parses {@code "HH:MM-HH:MM"}. The end may be {@code 24:00}; an end earlier than the start is an
   * overnight period ending on the next day. The message of the exception says what is wrong.
   */
  public static WorkingPeriod parse(String text) {
    Matcher m = FORMAT.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "malformed period '" + text + "': expected HH:MM-HH:MM, for example 09:00-17:30");
    }
    int startHour = Integer.parseInt(m.group(1));
    int startMin = Integer.parseInt(m.group(2));
    int endHour = Integer.parseInt(m.group(3));
    int endMin = Integer.parseInt(m.group(4));
    if (startHour > 23 || startMin > 59) {
      throw new IllegalArgumentException(
          "malformed period '" + text + "': the start must be a time from 00:00 to 23:59");
    }
    if (endHour > 24 || endMin > 59 || (endHour == 24 && endMin != 0)) {
      throw new IllegalArgumentException(
          "malformed period '" + text + "': the end must be a time from 00:00 to 24:00");
    }
    int start = startHour * 60 + startMin;
    int end = endHour * 60 + endMin;
    if (end == start) {
      throw new IllegalArgumentException(
          "period '"
              + text
              + "' is empty: start and end are equal (write 00:00-24:00 for a whole day)");
    }
    if (end < start) {
      if (endHour == 24) {
        throw new IllegalArgumentException("period '" + text + "' ends before it starts");
      }
      end += MINUTES_PER_DAY; // overnight: continues into the next day
    }
    return new WorkingPeriod(start, end);
  }

  public boolean isOvernight() {
    return endMinute > MINUTES_PER_DAY;
  }

  public int minutes() {
    return endMinute - startMinute;
  }

  public boolean overlaps(WorkingPeriod other) {
    return startMinute < other.endMinute && other.startMinute < endMinute;
  }

  @Override
  public int compareTo(WorkingPeriod other) {
    int byStart = Integer.compare(startMinute, other.startMinute);
    return byStart != 0 ? byStart : Integer.compare(endMinute, other.endMinute);
  }

  /** The period in the file format, {@code "22:00-06:00"}. */
  @Override
  public String toString() {
    int end = endMinute > MINUTES_PER_DAY ? endMinute - MINUTES_PER_DAY : endMinute;
    return clock(startMinute) + "-" + clock(end);
  }

  private static String clock(int minute) {
    return String.format("%02d:%02d", minute / 60, minute % 60);
  }
}
