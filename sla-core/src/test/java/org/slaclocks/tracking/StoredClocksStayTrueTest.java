package org.slaclocks.tracking;

import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slaclocks.clock.ClockFacts;
import org.slaclocks.clock.SlaClock;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.query.ClockQuestion;
import org.slaclocks.query.ClockQuestion.Comparison;
import org.slaclocks.query.ClockQuestions;
import org.slaclocks.query.Exclusions;
import org.slaclocks.query.InMemoryClockQueries;

/**
 * Clocks computed at T1 and never touched again answer every question correctly at any later T2: an
 * issue breaches, reaches its internal target, leaves calendar hours, enters and leaves an
 * exclusion window, with no recomputation in between. Checked against the engine's answer at T2 on
 * random histories, both for the clocks shown and for every question planned on the stored rows.
 */
class StoredClocksStayTrueTest {
  private static final Instant OUTAGE_START = Histories.at("Mon 08:00").plus(Duration.ofDays(9));
  private static final SlaConfiguration CONFIG = Policies.helpdeskWithOutage(OUTAGE_START);
  private static final Exclusions EXCLUSIONS = Exclusions.of(CONFIG.exclusions());
  private static final List<Duration> LATER =
      List.of(
          Duration.ZERO,
          ofMinutes(30),
          ofHours(5),
          ofHours(27),
          Duration.ofDays(4),
          Duration.ofDays(9).plusHours(3),
          Duration.ofDays(13));

  /** How often each question was true: a question that never holds would test nothing. */
  private static final Map<String, Integer> HITS = new HashMap<>();

  static IntStream seeds() {
    return IntStream.range(0, 300);
  }

  @AfterAll
  static void everyQuestionWasSometimesTrue() {
    for (Map.Entry<String, Integer> hit : HITS.entrySet()) {
      assertThat(hit.getValue()).as("issues answering " + hit.getKey()).isGreaterThan(0);
    }
    assertThat(HITS).hasSizeGreaterThan(20);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void clocksStoredAtT1AnswerEveryQuestionAtT2(long seed) {
    IssueHistory history = ClockEnginePropertiesTest.randomHistory(seed);
    Instant t1 = ClockEnginePropertiesTest.end(history);
    ClockEngine.Result stored = compute(history, t1);
    List<StoredClock> rows = new ArrayList<>();
    for (ClockFacts clock : stored.clocks().clocks()) {
      rows.add(StoredClock.of(history.issueId(), clock, CONFIG::calendar));
    }
    ClockQuestions questions = new ClockQuestions(new InMemoryClockQueries(rows));

    for (Duration later : LATER) {
      Instant t2 = t1.plus(later);
      List<SlaClock> engine = compute(history, t2).shown();
      assertThat(stored.clocks().at(t2, CONFIG::calendar))
          .as("seed %d at T1 + %s", seed, later)
          .isEqualTo(engine);
      for (SlaClock clock : engine) {
        for (Map.Entry<ClockQuestion.Ask, Predicate<SlaClock>> question :
            questions(t2).entrySet()) {
          Set<Long> answer = new TreeSet<>();
          questions.issueIds(
              ClockQuestion.of(clock.metricId(), question.getKey()),
              t2,
              CONFIG::calendar,
              EXCLUSIONS,
              answer::add);
          boolean expected = question.getValue().test(clock);
          assertThat(answer)
              .as("seed %d, %s, %s at T1 + %s", seed, clock.metricId(), question.getKey(), later)
              .isEqualTo(expected ? Set.of(history.issueId()) : Set.of());
          if (!cannotHold(question.getKey())) {
            HITS.merge(label(question.getKey()), expected ? 1 : 0, Integer::sum);
          }
        }
      }
    }
  }

  /** Elapsed time is never negative: "less than zero" is asked, and must find nothing. */
  private static boolean cannotHold(ClockQuestion.Ask ask) {
    return ask instanceof ClockQuestion.Elapsed e
            && e.comparison() == Comparison.LESS
            && e.duration().isZero()
        || ask instanceof ClockQuestion.ElapsedPercent p
            && p.comparison() == Comparison.LESS
            && p.percent().signum() == 0;
  }

  /** The question without the instants that move with now. */
  private static String label(ClockQuestion.Ask ask) {
    return ask instanceof ClockQuestion.BreachingBefore
            || ask instanceof ClockQuestion.BreachedBetween
        ? ask.getClass().getSimpleName()
        : ask.toString();
  }

  private static ClockEngine.Result compute(IssueHistory history, Instant now) {
    return ClockEngine.compute(CONFIG, history, CONFIG.listedDirectory(), JqlScope.UNKNOWN, now);
  }

  /** Every question, with what it means on the clock the engine shows at {@code now}. */
  private static Map<ClockQuestion.Ask, Predicate<SlaClock>> questions(Instant now) {
    List<ClockQuestion.Ask> asks = new ArrayList<>();
    asks.add(new ClockQuestion.Breached());
    asks.add(new ClockQuestion.EverBreached());
    asks.add(new ClockQuestion.AtRisk());
    asks.add(new ClockQuestion.Running());
    asks.add(new ClockQuestion.Paused());
    asks.add(new ClockQuestion.Completed());
    asks.add(new ClockQuestion.Met());
    asks.add(new ClockQuestion.WithinCalendarHours());
    asks.add(new ClockQuestion.BreachingBefore(now.plus(ofHours(6))));
    asks.add(
        new ClockQuestion.BreachedBetween(now.minus(Duration.ofDays(2)), now.plus(ofHours(1))));
    for (Comparison comparison : Comparison.values()) {
      for (Duration d : List.of(Duration.ZERO, ofMinutes(30), ofHours(2), ofHours(20))) {
        asks.add(new ClockQuestion.Remaining(comparison, d));
        asks.add(new ClockQuestion.Elapsed(comparison, d));
      }
      for (int percent : new int[] {0, 50, 80, 100, 150}) {
        asks.add(new ClockQuestion.ElapsedPercent(comparison, BigDecimal.valueOf(percent)));
      }
    }
    Map<ClockQuestion.Ask, Predicate<SlaClock>> q = new java.util.LinkedHashMap<>();
    asks.forEach(ask -> q.put(ask, QuestionMeanings.of(ask, now)));
    return q;
  }
}
