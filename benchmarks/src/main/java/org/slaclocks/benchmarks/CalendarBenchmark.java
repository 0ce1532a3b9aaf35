package org.slaclocks.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.slaclocks.calendar.BusinessCalendar;
import org.slaclocks.calendar.Calendars;

/**
 * Calendar arithmetic on a realistic office calendar: {@link BusinessCalendar#deadline} and {@link
 * BusinessCalendar#workingTime} for an 8-hour goal, a 5-business-day goal (40 working hours) and a
 * 30-business-day goal (240 working hours). The calendar is the tests' {@link
 * Calendars#withLunchAndHolidays} in Europe/Amsterdam: MON-FRI 09:00-12:30 and 13:30-17:30, 15
 * holidays a year from 2025 to 2028, two of them half days.
 *
 * <p>Each invocation takes the next of {@value #STARTS} seeded random start instants (millisecond
 * precision, uniform over 2026 and 2027, so about three in four fall outside working hours), so the
 * JIT cannot fold the call into a constant and branch predictors see realistic variety. The
 * workingTime benchmarks measure the pairs {@code (start, deadline(start, goal))}, precomputed.
 *
 * <p>The calendar builds its index lazily, a block of about a year at a time. The warm benchmarks
 * touch every block they will need in {@link #setUp()} (computing the deadlines does), so they
 * measure the steady state of a long-running Jira node. {@link #deadlineCold} measures the first
 * call on a freshly built calendar, which pays for building a block.
 *
 * <p>Run single-threaded: {@code java -jar benchmarks/target/benchmarks.jar CalendarBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CalendarBenchmark {
  static final int STARTS = 1024;
  private static final long SEED = 20260101L;
  private static final String ZONE = "Europe/Amsterdam";

  /** The last year with holidays in the calendar; every deadline must fall before its end. */
  private static final int LAST_HOLIDAY_YEAR = 2028;

  /** The goal in working time: {@code 8h}; {@code 5d} and {@code 30d} are 8-hour business days. */
  @Param({"8h", "5d", "30d"})
  public String goal;

  private BusinessCalendar calendar;
  private Duration duration;
  private Instant[] starts;
  private Instant[] deadlines;
  private int next;

  @Setup
  public void setUp() {
    calendar = Calendars.withLunchAndHolidays(ZONE);
    duration = parseGoal(goal);
    starts = randomStarts();
    deadlines = new Instant[STARTS];
    for (int i = 0; i < STARTS; i++) {
      deadlines[i] = calendar.deadline(starts[i], duration);
      // A wrong answer fast is no result: check the pairs the workingTime benchmarks use.
      Duration measured = calendar.workingTime(starts[i], deadlines[i]);
      if (!measured.equals(duration)) {
        throw new IllegalStateException(
            "workingTime(" + starts[i] + ", " + deadlines[i] + ") is " + measured);
      }
      if (deadlines[i].atZone(calendar.zone()).getYear() > LAST_HOLIDAY_YEAR) {
        throw new IllegalStateException("no holidays generated for " + deadlines[i]);
      }
    }
  }

  @Benchmark
  public Instant deadline() {
    int i = next++ & (STARTS - 1);
    return calendar.deadline(starts[i], duration);
  }

  @Benchmark
  public Duration workingTime() {
    int i = next++ & (STARTS - 1);
    return calendar.workingTime(starts[i], deadlines[i]);
  }

  /** The first deadline on a calendar whose index is still empty. */
  @Benchmark
  public Instant deadlineCold(ColdCalendar cold) {
    int i = next++ & (STARTS - 1);
    return cold.calendar.deadline(starts[i], duration);
  }

  /**
   * A new calendar for each invocation, built outside the measurement. The timestamps JMH takes
   * around each invocation for this are small next to building a block of the index.
   */
  @State(Scope.Thread)
  public static class ColdCalendar {
    BusinessCalendar calendar;

    @Setup(Level.Invocation)
    public void setUp() {
      calendar = Calendars.withLunchAndHolidays(ZONE);
    }
  }

  static Duration parseGoal(String goal) {
    long amount = Long.parseLong(goal.substring(0, goal.length() - 1));
    return switch (goal.charAt(goal.length() - 1)) {
      case 'h' -> Duration.ofHours(amount);
      case 'd' -> Duration.ofHours(8 * amount);
      default -> throw new IllegalArgumentException("goal must end in h or d, was " + goal);
    };
  }

  static Instant[] randomStarts() {
    long from = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
    long to = Instant.parse("2028-01-01T00:00:00Z").toEpochMilli();
    SplittableRandom random = new SplittableRandom(SEED);
    Instant[] instants = new Instant[STARTS];
    for (int i = 0; i < STARTS; i++) {
      instants[i] = Instant.ofEpochMilli(random.nextLong(from, to));
    }
    return instants;
  }
}
