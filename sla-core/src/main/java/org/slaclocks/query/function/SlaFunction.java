package org.slaclocks.query.function;

import java.util.Locale;
import java.util.Optional;

/**
 * The SLA search functions, one per question, the metric always first. JSM parity: breached, ever
 * breached, running, paused, completed, within calendar hours, elapsed and remaining compared with
 * a duration. Beyond: at risk, met, elapsed as a percentage of the goal, breaching before an
 * instant, breached between two instants. Every function also takes up to two filters after its
 * arguments: {@code "policy=<id or name>"} and {@code "calendar=<name>"}.
 */
public enum SlaFunction {
  BREACHED("slaBreached", Shape.METRIC),
  EVER_BREACHED("slaEverBreached", Shape.METRIC),
  RUNNING("slaRunning", Shape.METRIC),
  PAUSED("slaPaused", Shape.METRIC),
  COMPLETED("slaCompleted", Shape.METRIC),
  WITHIN_CALENDAR_HOURS("slaWithinCalendarHours", Shape.METRIC),
  AT_RISK("slaAtRisk", Shape.METRIC),
  MET("slaMet", Shape.METRIC),
  ELAPSED("slaElapsed", Shape.DURATION),
  REMAINING("slaRemaining", Shape.SIGNED_DURATION),
  ELAPSED_PERCENT("slaElapsedPercent", Shape.PERCENT),
  BREACHING_BEFORE("slaBreachingBefore", Shape.INSTANT),
  BREACHED_BETWEEN("slaBreachedBetween", Shape.RANGE);

  /** The arguments after the metric. */
  enum Shape {
    METRIC(1, ""),
    DURATION(3, ", \"<\", \"2h\""),
    SIGNED_DURATION(3, ", \"<\", \"2h\""),
    PERCENT(3, ", \">=\", \"80%\""),
    INSTANT(2, ", \"+4h\""),
    RANGE(3, ", \"2026-05-01\", \"2026-06-01\"");

    final int arguments;
    final String example;

    Shape(int arguments, String example) {
      this.arguments = arguments;
      this.example = example;
    }
  }

  /** At most this many filters follow the arguments. */
  public static final int MAX_FILTERS = 2;

  private final String functionName;
  private final Shape shape;

  SlaFunction(String functionName, Shape shape) {
    this.functionName = functionName;
    this.shape = shape;
  }

  /** The name people type in JQL, such as {@code slaBreached}. */
  public String functionName() {
    return functionName;
  }

  Shape shape() {
    return shape;
  }

  /** How many arguments the function needs (the metric included, the filters not). */
  public int arguments() {
    return shape.arguments;
  }

  /** An example call, for help texts: {@code slaRemaining("Time to first response", "<", "2h")}. */
  public String example(String metricName) {
    return functionName + "(\"" + metricName + "\"" + shape.example + ")";
  }

  /** The function named {@code name} (case does not matter, as in JQL). */
  public static Optional<SlaFunction> named(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    for (SlaFunction f : values()) {
      if (f.functionName.toLowerCase(Locale.ROOT).equals(wanted)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
