package org.slaclocks.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.slaclocks.calendar.BusinessCalendar;

/**
 * Working time of a calendar minus exclusion windows: what a running cycle counts. Both directions
 * are exact to the nanosecond: {@link #between} adds the calendar's working time of the pieces
 * between windows, and {@link #latestStart} searches the instant backwards (the counted time up to
 * a fixed end only shrinks as the start moves later, so a binary search over nanoseconds is exact).
 */
public final class CountedTime {
  private static final Duration LONGEST = Duration.ofDays(200L * 366);

  private final BusinessCalendar calendar;
  private final List<ExclusionWindow> windows;

  /** {@code windows} in any order, overlapping or not. */
  public CountedTime(BusinessCalendar calendar, List<ExclusionWindow> windows) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.windows = merged(windows);
  }

  public BusinessCalendar calendar() {
    return calendar;
  }

  /** Counted time in {@code [startInclusive, endExclusive)}; zero when the end is not after it. */
  public Duration between(Instant startInclusive, Instant endExclusive) {
    if (!endExclusive.isAfter(startInclusive)) {
      return Duration.ZERO;
    }
    Duration total = calendar.workingTime(startInclusive, endExclusive);
    for (ExclusionWindow window : windows) {
      if (!window.startInclusive().isBefore(endExclusive)) {
        break;
      }
      Instant from = max(window.startInclusive(), startInclusive);
      Instant to = min(window.endExclusive(), endExclusive);
      if (to.isAfter(from)) {
        total = total.minus(calendar.workingTime(from, to));
      }
    }
    return total;
  }

  /**
   * The latest instant {@code s} with {@code between(s, endExclusive) >= duration}: a clock that
   * started counting at {@code s} or earlier has counted at least {@code duration} by {@code
   * endExclusive}. A duration of zero or less gives {@code endExclusive}; null when even 400 years
   * before do not hold that much counted time.
   */
  public Instant latestStart(Instant endExclusive, Duration duration) {
    if (duration.isNegative() || duration.isZero()) {
      return endExclusive;
    }
    return search(endExclusive, duration, false);
  }

  /**
   * The latest instant {@code s} with {@code between(s, endExclusive) > duration} (strictly more);
   * null when none within 400 years (or {@code duration} is negative: then every start holds, and
   * the caller should not ask).
   */
  public Instant latestStartBeyond(Instant endExclusive, Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative, was " + duration);
    }
    return search(endExclusive, duration, true);
  }

  private Instant search(Instant endExclusive, Duration duration, boolean strict) {
    if (duration.compareTo(LONGEST) > 0) {
      throw new IllegalArgumentException(
          "duration " + duration + " is too long: more than 200 years are not supported");
    }
    // Exponential search for a start early enough, then bisection on nanoseconds.
    Duration step = duration.compareTo(Duration.ofDays(1)) < 0 ? Duration.ofDays(1) : duration;
    Instant early = endExclusive.minus(step);
    while (!holds(early, endExclusive, duration, strict)) {
      step = step.multipliedBy(2);
      if (step.compareTo(LONGEST.multipliedBy(2)) > 0) {
        return null;
      }
      early = endExclusive.minus(step);
    }
    // Invariant: lo holds; hi does not (counted time is at most the span, so end - duration + 1ns
    // cannot hold).
    long lo = nanos(early);
    long hi = nanos(endExclusive.minus(duration)) + 1;
    while (hi - lo > 1) {
      long mid = lo + (hi - lo) / 2;
      if (holds(instant(mid), endExclusive, duration, strict)) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return instant(lo);
  }

  private boolean holds(Instant start, Instant end, Duration duration, boolean strict) {
    int c = between(start, end).compareTo(duration);
    return strict ? c > 0 : c >= 0;
  }

  /** True when an exclusion window covers {@code instant}. */
  public boolean isExcluded(Instant instant) {
    for (ExclusionWindow window : windows) {
      if (window.startInclusive().isAfter(instant)) {
        return false;
      }
      if (window.endExclusive().isAfter(instant)) {
        return true;
      }
    }
    return false;
  }

  private static List<ExclusionWindow> merged(List<ExclusionWindow> windows) {
    List<ExclusionWindow> sorted = new ArrayList<>(windows);
    sorted.sort(Comparator.comparing(ExclusionWindow::startInclusive));
    List<ExclusionWindow> out = new ArrayList<>();
    for (ExclusionWindow window : sorted) {
      ExclusionWindow last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && !window.startInclusive().isAfter(last.endExclusive())) {
        if (window.endExclusive().isAfter(last.endExclusive())) {
          out.set(
              out.size() - 1,
              new ExclusionWindow(last.startInclusive(), window.endExclusive(), last.reason()));
        }
      } else {
        out.add(window);
      }
    }
    return List.copyOf(out);
  }

  private static long nanos(Instant instant) {
    return Math.addExact(
        Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
  }

  private static Instant instant(long nanos) {
    return Instant.ofEpochSecond(
        Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
