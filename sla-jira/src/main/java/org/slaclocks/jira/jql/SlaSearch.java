package org.slaclocks.jira.jql;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.query.ClockQueries;
import org.slaclocks.query.ClockQuestion;
import org.slaclocks.query.Exclusions;
import org.slaclocks.query.function.FunctionAnswer;
import org.slaclocks.query.function.SlaFunction;
import org.slaclocks.query.function.TimeTracking;
import org.slaclocks.tracking.ExclusionRepository;
import org.slaclocks.web.host.Viewers;

/**
 * What every SLA JQL function reads: the configuration, the stored clocks' queries, the exclusion
 * windows, the app's clock, and the searcher (language and time zone, as the web layer's viewer
 * port gives them), and Jira's search settings. One bean, so that Jira, which creates each function
 * class itself and gives its constructor the app's beans by type, finds exactly one.
 *
 * <p>It also remembers, per thread and for one second, the answer a function's {@code validate}
 * found, for the {@code getValues} that Jira calls next for the same search: validation must ask
 * the question to say when an answer has more issues than Jira takes, and remembering it makes a
 * search one database question, not two. An answer is used once, only for the same function,
 * arguments and configuration, and only within the second.
 */
public final class SlaSearch {
  /** How long a validated answer stays usable: a search validates and runs within it. */
  static final Duration REMEMBERED = Duration.ofSeconds(1);

  private final Supplier<SlaConfiguration> configuration;
  private final ClockQueries clocks;
  private final ExclusionRepository exclusions;
  private final Viewers viewers;
  private final SearchSettings settings;
  private final Clock clock;
  private final Map<Long, Validated> validated = new ConcurrentHashMap<>();

  /** An answer {@code validate} found, with what it was found for. */
  private record Validated(
      SlaFunction function,
      List<String> arguments,
      SlaConfiguration configuration,
      Instant at,
      FunctionAnswer answer) {}

  public SlaSearch(
      Supplier<SlaConfiguration> configuration,
      ClockQueries clocks,
      ExclusionRepository exclusions,
      Viewers viewers,
      SearchSettings settings,
      Clock clock) {
    this.configuration = Objects.requireNonNull(configuration, "configuration");
    this.clocks = Objects.requireNonNull(clocks, "clocks");
    this.exclusions = Objects.requireNonNull(exclusions, "exclusions");
    this.viewers = Objects.requireNonNull(viewers, "viewers");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The issues that answer {@code question} at {@code now}, or their number alone when there are
   * more than Jira takes from one function.
   */
  FunctionAnswer ask(ClockQuestion question, SlaConfiguration configuration, Instant now) {
    return FunctionAnswer.ask(
        question, clocks, now, configuration::calendar, exclusions(), settings.maxIssues());
  }

  /** Keeps {@code answer}, found by validation on this thread, for this thread's next search. */
  void remember(
      SlaFunction function,
      List<String> arguments,
      SlaConfiguration configuration,
      Instant at,
      FunctionAnswer answer) {
    validated.values().removeIf(v -> v.at().plus(REMEMBERED).isBefore(at) || v.at().isAfter(at));
    validated.put(
        Thread.currentThread().getId(),
        new Validated(function, List.copyOf(arguments), configuration, at, answer));
  }

  /**
   * The answer this thread's validation found for the same call within the last second, once; empty
   * otherwise.
   */
  Optional<FunctionAnswer> recall(
      SlaFunction function, List<String> arguments, SlaConfiguration configuration, Instant now) {
    Validated v = validated.remove(Thread.currentThread().getId());
    if (v == null
        || v.function() != function
        || !v.arguments().equals(arguments)
        || v.configuration() != configuration
        || v.at().isAfter(now)
        || v.at().plus(REMEMBERED).isBefore(now)) {
      return Optional.empty();
    }
    return Optional.of(v.answer());
  }

  SlaConfiguration configuration() {
    return configuration.get();
  }

  /** Every exclusion window: the global ones and each issue's own (which applies to it alone). */
  Exclusions exclusions() {
    return Exclusions.of(exclusions.all());
  }

  Instant now() {
    return clock.instant();
  }

  /** The searcher's language. */
  Locale locale() {
    return viewers.current().locale();
  }

  /** The searcher's time zone, for dates without one ({@code "2026-05-04 17:30"}). */
  ZoneId zone() {
    return viewers.current().zone();
  }

  /** How long a day and a week are in typed durations, as Jira's time-tracking settings say. */
  TimeTracking timeTracking() {
    return settings.timeTracking();
  }
}
