package org.slaclocks.query.function;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slaclocks.policy.Metric;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.policy.SlaPolicy;
import org.slaclocks.query.ClockQuestion;
import org.slaclocks.query.ClockQuestion.Comparison;
import org.slaclocks.query.function.FunctionProblem.Key;

/**
 * A call of an SLA function turned into the {@link ClockQuestion} it asks, or into every problem
 * its arguments have (all of them at once, so a person fixes them in one go).
 *
 * <ul>
 *   <li>The metric is named as people see it (case and surrounding spaces do not matter) or by id.
 *   <li>Durations are written as in Jira ({@code 1w 2d 4h 30m}, {@code 90m}, {@code 1.5h}; a bare
 *       number is minutes, Jira's default unit), days and weeks as long as {@link TimeTracking}
 *       says; {@code slaRemaining} also takes negative ones ({@code -2h}: overdue by more than two
 *       hours).
 *   <li>Dates are written as in JQL: {@code 2026-05-04} (midnight), {@code 2026-05-04 17:30} (both
 *       also with {@code /}) in the searcher's time zone, an ISO-8601 instant, {@code now}, or a
 *       time from now ({@code +4h}, {@code -1d}, {@code 2w}; here a day is 24 hours and a week 7
 *       days, as in JQL's relative dates).
 *   <li>Filters after the arguments: {@code policy=<id or name>}, {@code calendar=<name>}.
 * </ul>
 */
public final class SlaFunctionCall {
  /** What a call is read against: the configuration and the searcher's clock and zone. */
  public record Context(
      SlaConfiguration configuration, TimeTracking timeTracking, Instant now, ZoneId zone) {
    public Context {
      Objects.requireNonNull(configuration, "configuration");
      Objects.requireNonNull(timeTracking, "timeTracking");
      Objects.requireNonNull(now, "now");
      Objects.requireNonNull(zone, "zone");
    }
  }

  /** The question, or the problems (then {@code question} is null). */
  public record Parsed(ClockQuestion question, List<FunctionProblem> problems) {
    public Parsed {
      problems = List.copyOf(problems);
      if ((question == null) == problems.isEmpty()) {
        throw new IllegalArgumentException("a question or problems, not both nor neither");
      }
    }

    public boolean isValid() {
      return question != null;
    }
  }

  private static final Pattern DURATION_PART =
      Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([wdhm])", Pattern.CASE_INSENSITIVE);
  private static final Pattern DURATION =
      Pattern.compile(
          "([+-])?\\s*((?:\\d+(?:\\.\\d+)?\\s*[wdhm]\\s*)+|\\d+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%?");
  private static final List<DateTimeFormatter> DATE_TIMES =
      List.of(
          DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT),
          DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm", Locale.ROOT));
  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT),
          DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT));
  private static final String OPERATORS = "<, <=, >, >=";

  private SlaFunctionCall() {}

  /** Reads {@code function(arguments)} against {@code context}. */
  public static Parsed parse(SlaFunction function, List<String> arguments, Context context) {
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(context, "context");
    List<String> args = arguments == null ? List.of() : arguments;
    int needed = function.arguments();
    if (args.size() < needed || args.size() > needed + SlaFunction.MAX_FILTERS) {
      return problem(
          FunctionProblem.of(Key.ARGUMENT_COUNT, function.functionName(), needed, args.size()));
    }
    List<FunctionProblem> problems = new ArrayList<>();
    Optional<String> metric = metric(args.get(0), context.configuration(), problems);
    ClockQuestion.Ask ask = ask(function, args, context, problems);
    String policy = null;
    String calendar = null;
    for (String filter : args.subList(needed, args.size())) {
      String text = filter == null ? "" : filter.strip();
      int equals = text.indexOf('=');
      String name = equals < 0 ? "" : text.substring(0, equals).strip().toLowerCase(Locale.ROOT);
      String value = equals < 0 ? "" : text.substring(equals + 1).strip();
      if (name.equals("policy") && policy == null) {
        policy = policy(value, context.configuration(), problems);
      } else if (name.equals("calendar") && calendar == null) {
        calendar = calendar(value, context.configuration(), problems);
      } else {
        problems.add(FunctionProblem.of(Key.BAD_FILTER, text));
      }
    }
    if (!problems.isEmpty()) {
      return new Parsed(null, problems);
    }
    return new Parsed(new ClockQuestion(metric.orElseThrow(), ask, policy, calendar), List.of());
  }

  private static Parsed problem(FunctionProblem problem) {
    return new Parsed(null, List.of(problem));
  }

  private static ClockQuestion.Ask ask(
      SlaFunction function, List<String> args, Context context, List<FunctionProblem> problems) {
    return switch (function) {
      case BREACHED -> new ClockQuestion.Breached();
      case EVER_BREACHED -> new ClockQuestion.EverBreached();
      case RUNNING -> new ClockQuestion.Running();
      case PAUSED -> new ClockQuestion.Paused();
      case COMPLETED -> new ClockQuestion.Completed();
      case WITHIN_CALENDAR_HOURS -> new ClockQuestion.WithinCalendarHours();
      case AT_RISK -> new ClockQuestion.AtRisk();
      case MET -> new ClockQuestion.Met();
      case ELAPSED, REMAINING -> {
        Comparison comparison = comparison(args.get(1), problems);
        Duration duration = duration(args.get(2), context.timeTracking(), problems);
        if (duration != null && duration.isNegative() && function == SlaFunction.ELAPSED) {
          problems.add(FunctionProblem.of(Key.BAD_DURATION, args.get(2)));
          yield null;
        }
        if (comparison == null || duration == null) {
          yield null;
        }
        yield function == SlaFunction.ELAPSED
            ? new ClockQuestion.Elapsed(comparison, duration)
            : new ClockQuestion.Remaining(comparison, duration);
      }
      case ELAPSED_PERCENT -> {
        Comparison comparison = comparison(args.get(1), problems);
        BigDecimal percent = percent(args.get(2), problems);
        yield comparison == null || percent == null
            ? null
            : new ClockQuestion.ElapsedPercent(comparison, percent);
      }
      case BREACHING_BEFORE -> {
        Instant instant = instant(args.get(1), context, problems);
        yield instant == null ? null : new ClockQuestion.BreachingBefore(instant);
      }
      case BREACHED_BETWEEN -> {
        Instant from = instant(args.get(1), context, problems);
        Instant to = instant(args.get(2), context, problems);
        if (from == null || to == null) {
          yield null;
        }
        if (!to.isAfter(from)) {
          problems.add(FunctionProblem.of(Key.EMPTY_RANGE, args.get(1), args.get(2)));
          yield null;
        }
        yield new ClockQuestion.BreachedBetween(from, to);
      }
    };
  }

  private static Optional<String> metric(
      String typed, SlaConfiguration config, List<FunctionProblem> problems) {
    String wanted = typed == null ? "" : typed.strip();
    TreeSet<String> known = new TreeSet<>();
    String byId = null;
    for (SlaPolicy policy : config.policies()) {
      for (Metric metric : policy.metrics()) {
        known.add(metric.name());
        if (metric.name().strip().equalsIgnoreCase(wanted)) {
          return Optional.of(metric.id());
        }
        if (metric.id().equalsIgnoreCase(wanted) && byId == null) {
          byId = metric.id();
        }
      }
    }
    if (byId != null) {
      return Optional.of(byId);
    }
    problems.add(FunctionProblem.of(Key.UNKNOWN_METRIC, wanted, String.join(", ", known)));
    return Optional.empty();
  }

  private static String policy(
      String typed, SlaConfiguration config, List<FunctionProblem> problems) {
    TreeSet<String> known = new TreeSet<>();
    for (SlaPolicy policy : config.policies()) {
      if (policy.id().equalsIgnoreCase(typed) || policy.name().strip().equalsIgnoreCase(typed)) {
        return policy.id();
      }
      known.add(policy.name());
    }
    problems.add(FunctionProblem.of(Key.UNKNOWN_POLICY, typed, String.join(", ", known)));
    return null;
  }

  private static String calendar(
      String typed, SlaConfiguration config, List<FunctionProblem> problems) {
    for (String name : config.calendars().keySet()) {
      if (name.equalsIgnoreCase(typed)) {
        return name;
      }
    }
    problems.add(
        FunctionProblem.of(
            Key.UNKNOWN_CALENDAR,
            typed,
            String.join(", ", new TreeSet<>(config.calendars().keySet()))));
    return null;
  }

  private static Comparison comparison(String typed, List<FunctionProblem> problems) {
    Comparison comparison = typed == null ? null : Comparison.ofSymbol(typed);
    if (comparison == null) {
      problems.add(FunctionProblem.of(Key.BAD_OPERATOR, typed, OPERATORS));
    }
    return comparison;
  }

  /** A duration in Jira's syntax, days and weeks as the time-tracking settings say; else null. */
  static Duration duration(String typed, TimeTracking tracking, List<FunctionProblem> problems) {
    Duration parsed = typed == null ? null : duration(typed, tracking);
    if (parsed == null) {
      problems.add(FunctionProblem.of(Key.BAD_DURATION, typed));
    }
    return parsed;
  }

  private static Duration duration(String typed, TimeTracking tracking) {
    Matcher whole = DURATION.matcher(typed.strip());
    if (!whole.matches()) {
      return null;
    }
    double seconds = 0;
    String body = whole.group(2).strip();
    if (body.chars().allMatch(Character::isDigit)) {
      seconds = Long.parseLong(body) * 60.0; // Jira's default unit: minutes
    } else {
      Matcher part = DURATION_PART.matcher(body);
      while (part.find()) {
        double amount = Double.parseDouble(part.group(1));
        seconds +=
            amount
                * switch (Character.toLowerCase(part.group(2).charAt(0))) {
                  case 'w' -> tracking.daysPerWeek() * tracking.hoursPerDay() * 3600;
                  case 'd' -> tracking.hoursPerDay() * 3600;
                  case 'h' -> 3600;
                  default -> 60;
                };
      }
    }
    Duration duration = Duration.ofSeconds(Math.round(seconds));
    return "-".equals(whole.group(1)) ? duration.negated() : duration;
  }

  private static BigDecimal percent(String typed, List<FunctionProblem> problems) {
    Matcher m = typed == null ? null : PERCENT.matcher(typed.strip());
    if (m == null || !m.matches()) {
      problems.add(FunctionProblem.of(Key.BAD_PERCENT, typed));
      return null;
    }
    return new BigDecimal(m.group(1));
  }

  /** A date as JQL takes it (see the class comment); else null, with the problem added. */
  static Instant instant(String typed, Context context, List<FunctionProblem> problems) {
    Instant parsed = typed == null ? null : instant(typed.strip(), context);
    if (parsed == null) {
      problems.add(FunctionProblem.of(Key.BAD_INSTANT, typed));
    }
    return parsed;
  }

  private static Instant instant(String text, Context context) {
    if (text.equalsIgnoreCase("now")) {
      return context.now();
    }
    Matcher relative = DURATION.matcher(text);
    if (relative.matches() && !relative.group(2).strip().chars().allMatch(Character::isDigit)) {
      // JQL's relative dates count wall-clock days (24 hours) and weeks (7 days).
      Duration offset = duration(text, new TimeTracking(24, 7));
      return offset == null ? null : context.now().plus(offset);
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notAnInstant) {
      // try the local forms
    }
    for (DateTimeFormatter format : DATE_TIMES) {
      try {
        return LocalDateTime.parse(text, format).atZone(context.zone()).toInstant();
      } catch (DateTimeParseException e) {
        // next form
      }
    }
    for (DateTimeFormatter format : DATES) {
      try {
        return LocalDate.parse(text, format).atStartOfDay(context.zone()).toInstant();
      } catch (DateTimeParseException e) {
        // next form
      }
    }
    return null;
  }
}
