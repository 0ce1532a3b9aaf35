package org.slaclocks.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.query.CalendarGoal;
import org.slaclocks.query.ClockCondition;
import org.slaclocks.query.ClockQueries;
import org.slaclocks.query.Exclusions;

/**
 * The sandbox tells, as Jira's validation does, when one function matches more issues than Jira
 * takes from a function (jira.search.maxclauses), instead of answering without them.
 */
class SearchLimitTest {
  private static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");
  private static final SlaConfiguration CONFIG = Samples.helpdesk().policies();

  /** Every question matches the issues 1 .. 10. */
  private static final ClockQueries TEN =
      new ClockQueries() {
        @Override
        public Set<CalendarGoal> openGoals(String metricId) {
          return Set.of();
        }

        @Override
        public void forEachIssueId(ClockCondition condition, LongConsumer sink) {
          LongStream.rangeClosed(1, 10).forEach(sink);
        }
      };

  private static SlaSearch.Outcome search(String jql, int maxIssues, Locale locale) {
    return SlaSearch.run(
        jql,
        new SlaSearch.Inputs(
            CONFIG,
            CONFIG::calendar,
            TEN,
            Exclusions.NONE,
            LongStream.rangeClosed(1, 10).boxed().toList(),
            NOW,
            ZoneId.of("Europe/Amsterdam"),
            locale,
            maxIssues));
  }

  @Test
  void aFunctionMatchingMoreThanTheLimitIsToldWithItsCountAndTheLimit() {
    SlaSearch.Outcome outcome =
        search(
            "issue in slaRunning(\"Time to resolution\") AND NOT issue in slaBreached(resolution)",
            9,
            Locale.ENGLISH);

    assertThat(outcome.isValid()).isFalse();
    assertThat(outcome.issueIds()).isEmpty();
    assertThat(outcome.problems()).extracting(SlaSearch.Problem::position).containsExactly(10, 60);
    assertThat(outcome.problems().get(0).message())
        .contains("slaRunning matches 10 issues, more than the 9", "jira.search.maxclauses");
  }

  @Test
  void itIsSaidInTheSearchersLanguage() {
    assertThat(search("issue in slaRunning(resolution)", 9, Locale.forLanguageTag("nl")).problems())
        .singleElement()
        .extracting(SlaSearch.Problem::message)
        .asString()
        .contains("slaRunning vindt 10 issues, meer dan de 9");
  }

  @Test
  void anAnswerUpToTheLimitIsGiven() {
    SlaSearch.Outcome outcome = search("issue in slaRunning(resolution)", 10, Locale.ENGLISH);

    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.issueIds())
        .containsExactlyElementsOf(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L));
  }
}
