package org.slaclocks.query.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slaclocks.query.CalendarGoal;
import org.slaclocks.query.ClockCondition;
import org.slaclocks.query.ClockQueries;
import org.slaclocks.query.ClockQuestion;
import org.slaclocks.query.Exclusions;
import org.slaclocks.tracking.Policies;

class FunctionAnswerTest {
  private static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");
  private static final ClockQuestion BREACHED =
      new ClockQuestion("ttfr", new ClockQuestion.Breached(), null, null);

  /** A store whose every question matches the issues 1 .. n. */
  private static ClockQueries matching(int n) {
    return new ClockQueries() {
      @Override
      public Set<CalendarGoal> openGoals(String metricId) {
        return Set.of();
      }

      @Override
      public void forEachIssueId(ClockCondition condition, LongConsumer sink) {
        for (long id = 1; id <= n; id++) {
          sink.accept(id);
        }
      }
    };
  }

  private static FunctionAnswer ask(int matching, int limit) {
    return FunctionAnswer.ask(
        BREACHED,
        matching(matching),
        NOW,
        Policies.config(Policies.firstResponse())::calendar,
        Exclusions.NONE,
        limit);
  }

  @ParameterizedTest(name = "{0} matching, limit {1}")
  @CsvSource({"0, 5", "1, 5", "5, 5", "300, 300", "1000, 65000"})
  void anAnswerWithinTheLimitKeepsEveryIdInOrder(int matching, int limit) {
    FunctionAnswer answer = ask(matching, limit);

    List<Long> ids = new ArrayList<>();
    answer.forEachIssueId(ids::add);
    assertThat(answer.isWithinLimit()).isTrue();
    assertThat(answer.problem(SlaFunction.BREACHED)).isNull();
    assertThat(answer.count()).isEqualTo(matching);
    assertThat(ids).hasSize(matching);
    for (int i = 0; i < ids.size(); i++) {
      assertThat(ids.get(i)).isEqualTo(i + 1L);
    }
  }

  @ParameterizedTest(name = "{0} matching, limit {1}")
  @CsvSource({"6, 5", "1000, 1", "70000, 65000"})
  void anAnswerOverTheLimitIsCountedAndToldNotTruncated(int matching, int limit) {
    FunctionAnswer answer = ask(matching, limit);

    List<Long> ids = new ArrayList<>();
    answer.forEachIssueId(ids::add);
    assertThat(answer.isWithinLimit()).isFalse();
    assertThat(ids).isEmpty();
    assertThat(answer.count()).isEqualTo(matching);
    assertThat(answer.problem(SlaFunction.COMPLETED))
        .isEqualTo(
            new FunctionProblem(
                FunctionProblem.Key.TOO_MANY_ISSUES,
                List.of("slaCompleted", Integer.toString(matching), Integer.toString(limit))));
    assertThat(answer.problem(SlaFunction.COMPLETED).english())
        .startsWith("slaCompleted matches " + matching + " issues, more than the " + limit);
  }

  @Test
  void aLimitBelowOneIsAMistake() {
    assertThatThrownBy(() -> ask(1, 0)).hasMessageContaining("at least 1, not 0");
  }
}
