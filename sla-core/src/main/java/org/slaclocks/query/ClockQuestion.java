package org.slaclocks.query;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A question about one metric's clocks at a given {@code now}, optionally narrowed to one policy or
 * one calendar: the questions that JQL functions, gadgets and reports ask. Each is answered with
 * the ids of the issues whose clock of {@code metricId} satisfies it ({@link ClockQuestions}).
 */
public record ClockQuestion(String metricId, Ask ask, String policyId, String calendar) {

  public ClockQuestion {
    Objects.requireNonNull(metricId, "metricId");
    Objects.requireNonNull(ask, "ask");
  }

  public static ClockQuestion of(String metricId, Ask ask) {
    return new ClockQuestion(metricId, ask, null, null);
  }

  public ClockQuestion withPolicy(String policy) {
    return new ClockQuestion(metricId, ask, policy, calendar);
  }

  public ClockQuestion withCalendar(String name) {
    return new ClockQuestion(metricId, ask, policyId, name);
  }

  /** How a duration or percentage is compared. */
  public enum Comparison {
    LESS("<"),
    AT_MOST("<="),
    MORE(">"),
    AT_LEAST(">=");

    private final String symbol;

    Comparison(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }

    /** The comparison written {@code symbol}; null for any other text. */
    public static Comparison ofSymbol(String symbol) {
      for (Comparison c : values()) {
        if (c.symbol.equals(symbol.strip())) {
          return c;
        }
      }
      return null;
    }

    /** {@code a <op> b}. */
    public boolean holds(int compareResult) {
      return switch (this) {
        case LESS -> compareResult < 0;
        case AT_MOST -> compareResult <= 0;
        case MORE -> compareResult > 0;
        case AT_LEAST -> compareResult >= 0;
      };
    }

    /** The comparison that holds for {@code -a <op'> -b} exactly when this holds for a, b. */
    public Comparison mirrored() {
      return switch (this) {
        case LESS -> MORE;
        case AT_MOST -> AT_LEAST;
        case MORE -> LESS;
        case AT_LEAST -> AT_MOST;
      };
    }
  }

  /** What is asked. */
  public sealed interface Ask {}

  /** The current cycle is past its breach instant (open or stopped). */
  public record Breached() implements Ask {}

  /** Some cycle, current or past, went past its breach instant. */
  public record EverBreached() implements Ask {}

  /** The current cycle is past its internal target. */
  public record AtRisk() implements Ask {}

  /**
   * The clock runs: open, not paused by a condition or an exclusion window (hours do not matter).
   */
  public record Running() implements Ask {}

  /** The clock is paused by a pause condition. */
  public record Paused() implements Ask {}

  /** At least one cycle has stopped. */
  public record Completed() implements Ask {}

  /** The current cycle stopped in time. */
  public record Met() implements Ask {}

  /** The clock runs and its calendar is in working time now. */
  public record WithinCalendarHours() implements Ask {}

  /** An open cycle's remaining time (goal minus elapsed, negative once over) compared. */
  public record Remaining(Comparison comparison, Duration duration) implements Ask {
    public Remaining {
      Objects.requireNonNull(comparison, "comparison");
      Objects.requireNonNull(duration, "duration");
    }
  }

  /** An open cycle's elapsed working time compared. */
  public record Elapsed(Comparison comparison, Duration duration) implements Ask {
    public Elapsed {
      Objects.requireNonNull(comparison, "comparison");
      Objects.requireNonNull(duration, "duration");
      if (duration.isNegative()) {
        throw new IllegalArgumentException("duration must not be negative, was " + duration);
      }
    }
  }

  /** An open cycle's elapsed working time as a percentage of its goal, compared. */
  public record ElapsedPercent(Comparison comparison, BigDecimal percent) implements Ask {
    public ElapsedPercent {
      Objects.requireNonNull(comparison, "comparison");
      Objects.requireNonNull(percent, "percent");
      if (percent.signum() < 0) {
        throw new IllegalArgumentException("percent must not be negative, was " + percent);
      }
    }
  }

  /** A running cycle not breached yet whose deadline is before {@code instant}. */
  public record BreachingBefore(Instant instant) implements Ask {
    public BreachingBefore {
      Objects.requireNonNull(instant, "instant");
    }
  }

  /** The current cycle breached in {@code [fromInclusive, toExclusive)} (and before now). */
  public record BreachedBetween(Instant fromInclusive, Instant toExclusive) implements Ask {
    public BreachedBetween {
      Objects.requireNonNull(fromInclusive, "fromInclusive");
      Objects.requireNonNull(toExclusive, "toExclusive");
    }
  }
}
