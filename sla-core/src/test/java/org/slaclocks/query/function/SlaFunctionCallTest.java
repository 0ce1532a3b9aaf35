package org.slaclocks.query.function;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.query.ClockQuestion;
import org.slaclocks.query.ClockQuestion.Comparison;
import org.slaclocks.query.function.FunctionProblem.Key;
import org.slaclocks.tracking.Policies;

class SlaFunctionCallTest {
  static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");
  static final SlaConfiguration HELPDESK = Policies.helpdeskWithOutage(NOW);
  static final SlaFunctionCall.Context CONTEXT =
      new SlaFunctionCall.Context(
          HELPDESK, TimeTracking.JIRA_DEFAULT, NOW, ZoneId.of("Europe/Amsterdam"));

  private static SlaFunctionCall.Parsed call(String function, String... arguments) {
    return SlaFunctionCall.parse(
        SlaFunction.named(function).orElseThrow(), Arrays.asList(arguments), CONTEXT);
  }

  private static ClockQuestion question(String function, String... arguments) {
    SlaFunctionCall.Parsed parsed = call(function, arguments);
    assertThat(parsed.problems()).as(function + Arrays.toString(arguments)).isEmpty();
    return parsed.question();
  }

  private static FunctionProblem onlyProblem(String function, String... arguments) {
    SlaFunctionCall.Parsed parsed = call(function, arguments);
    assertThat(parsed.isValid()).isFalse();
    assertThat(parsed.problems()).hasSize(1);
    return parsed.problems().get(0);
  }

  @Test
  void everyFunctionAsksItsQuestionOfTheNamedMetric() {
    assertThat(question("slaBreached", "Time to resolution"))
        .isEqualTo(ClockQuestion.of("ttr", new ClockQuestion.Breached()));
    assertThat(question("slaEverBreached", "time to RESOLUTION "))
        .as("case and surrounding spaces do not matter")
        .isEqualTo(ClockQuestion.of("ttr", new ClockQuestion.EverBreached()));
    assertThat(question("slaRunning", "ttfr"))
        .as("by id")
        .isEqualTo(ClockQuestion.of("ttfr", new ClockQuestion.Running()));
    assertThat(question("SLAPAUSED", "Time to resolution").ask())
        .isEqualTo(new ClockQuestion.Paused());
    assertThat(question("slaCompleted", "Time to resolution").ask())
        .isEqualTo(new ClockQuestion.Completed());
    assertThat(question("slaWithinCalendarHours", "Time to resolution").ask())
        .isEqualTo(new ClockQuestion.WithinCalendarHours());
    assertThat(question("slaAtRisk", "Time to resolution").ask())
        .isEqualTo(new ClockQuestion.AtRisk());
    assertThat(question("slaMet", "Time to resolution").ask()).isEqualTo(new ClockQuestion.Met());
    assertThat(question("slaElapsed", "Time to resolution", ">=", "4h").ask())
        .isEqualTo(new ClockQuestion.Elapsed(Comparison.AT_LEAST, Duration.ofHours(4)));
    assertThat(question("slaRemaining", "Time to first response", "<", "2h").ask())
        .isEqualTo(new ClockQuestion.Remaining(Comparison.LESS, Duration.ofHours(2)));
    assertThat(question("slaElapsedPercent", "Time to resolution", ">", "80%").ask())
        .isEqualTo(new ClockQuestion.ElapsedPercent(Comparison.MORE, new BigDecimal("80")));
    assertThat(question("slaBreachingBefore", "Time to resolution", "+4h").ask())
        .isEqualTo(new ClockQuestion.BreachingBefore(NOW.plus(Duration.ofHours(4))));
    assertThat(
            question("slaBreachedBetween", "Time to resolution", "2026-05-01", "2026-05-04").ask())
        .isEqualTo(
            new ClockQuestion.BreachedBetween(
                Instant.parse("2026-04-30T22:00:00Z"), Instant.parse("2026-05-03T22:00:00Z")));
  }

  @Test
  void filtersNarrowToAPolicyAndACalendar() {
    assertThat(question("slaBreached", "Time to resolution", "policy=default", "calendar=9-17"))
        .isEqualTo(new ClockQuestion("ttr", new ClockQuestion.Breached(), "default", "9-17"));
    assertThat(question("slaBreached", "Time to resolution", " Calendar = 24/7 ").calendar())
        .isEqualTo("24/7");
    assertThat(question("slaBreached", "Time to resolution", "policy=DEFAULT").policyId())
        .as("a policy by its name, case as typed")
        .isEqualTo("default");
  }

  @ParameterizedTest
  @CsvSource({
    // typed,             seconds (8-hour days, 5-day weeks)
    "1w 2d 4h 30m,        217800",
    "1w2d4h30m,           217800",
    "90m,                 5400",
    "1.5h,                5400",
    "90,                  5400", // a bare number: minutes, Jira's default unit
    "2d,                  57600",
    "' 3H ',              10800",
    "-2h,                 -7200",
    "0m,                  0",
  })
  void durationsAreReadAsJiraReadsThem(String typed, long seconds) {
    assertThat(question("slaRemaining", "Time to resolution", "<", typed).ask())
        .isEqualTo(new ClockQuestion.Remaining(Comparison.LESS, Duration.ofSeconds(seconds)));
  }

  @Test
  void daysAndWeeksFollowJirasTimeTrackingSettings() {
    SlaFunctionCall.Context tenHourDays =
        new SlaFunctionCall.Context(HELPDESK, new TimeTracking(10, 4), NOW, ZoneId.of("UTC"));

    ClockQuestion q =
        SlaFunctionCall.parse(
                SlaFunction.ELAPSED, List.of("Time to resolution", ">", "1w 1d"), tenHourDays)
            .question();

    assertThat(q.ask()).isEqualTo(new ClockQuestion.Elapsed(Comparison.MORE, Duration.ofHours(50)));
  }

  @ParameterizedTest
  @CsvSource({
    "now,                    2026-05-04T08:00:00Z",
    "+4h,                    2026-05-04T12:00:00Z",
    "4h,                     2026-05-04T12:00:00Z",
    "-1d,                    2026-05-03T08:00:00Z", // JQL's relative days are 24 hours
    "1w,                     2026-05-11T08:00:00Z",
    "2026-05-04,             2026-05-03T22:00:00Z", // midnight in the searcher's zone
    "2026/05/04,             2026-05-03T22:00:00Z",
    "2026-05-04 17:30,       2026-05-04T15:30:00Z",
    "2026-05-04T17:30:00Z,   2026-05-04T17:30:00Z",
    "2026-05-04T17:30+02:00, 2026-05-04T15:30:00Z",
  })
  void datesAreReadAsJqlReadsThem(String typed, String instant) {
    assertThat(question("slaBreachingBefore", "Time to resolution", typed).ask())
        .isEqualTo(new ClockQuestion.BreachingBefore(Instant.parse(instant)));
  }

  @Test
  void anUnknownMetricListsTheKnownOnes() {
    FunctionProblem problem = onlyProblem("slaBreached", "Time to lunch");

    assertThat(problem.key()).isEqualTo(Key.UNKNOWN_METRIC);
    assertThat(problem.english())
        .isEqualTo(
            "no SLA metric is named \"Time to lunch\"; known metrics: Time to first response,"
                + " Time to next response, Time to resolution");
  }

  @Test
  void aBadDurationShowsTheSyntax() {
    FunctionProblem problem = onlyProblem("slaElapsed", "Time to resolution", ">", "2 hours");

    assertThat(problem.key()).isEqualTo(Key.BAD_DURATION);
    assertThat(problem.english()).contains("\"2 hours\"").contains("1w 2d 4h 30m");
    assertThat(onlyProblem("slaElapsed", "Time to resolution", ">", "-2h").key())
        .as("elapsed time is never negative")
        .isEqualTo(Key.BAD_DURATION);
  }

  @Test
  void aWrongOperatorListsTheAllowedOnes() {
    FunctionProblem problem = onlyProblem("slaRemaining", "Time to resolution", "=<", "2h");

    assertThat(problem.key()).isEqualTo(Key.BAD_OPERATOR);
    assertThat(problem.english()).isEqualTo("\"=<\" is not a comparison; use one of <, <=, >, >=");
  }

  @Test
  void aWrongNumberOfArgumentsSaysHowMany() {
    FunctionProblem problem = onlyProblem("slaRemaining", "Time to resolution", "<");

    assertThat(problem.key()).isEqualTo(Key.ARGUMENT_COUNT);
    assertThat(problem.arguments()).containsExactly("slaRemaining", "3", "2");
    assertThat(onlyProblem("slaBreached").key()).isEqualTo(Key.ARGUMENT_COUNT);
    assertThat(
            onlyProblem("slaBreached", "Time to resolution", "policy=default", "calendar=9-17", "x")
                .key())
        .isEqualTo(Key.ARGUMENT_COUNT);
  }

  @Test
  void everyOtherBadArgumentGetsItsOwnProblem() {
    assertThat(onlyProblem("slaElapsedPercent", "Time to resolution", ">", "most").key())
        .isEqualTo(Key.BAD_PERCENT);
    assertThat(onlyProblem("slaBreachingBefore", "Time to resolution", "tomorrow").key())
        .isEqualTo(Key.BAD_INSTANT);
    assertThat(
            onlyProblem("slaBreachedBetween", "Time to resolution", "2026-05-04", "2026-05-01")
                .key())
        .isEqualTo(Key.EMPTY_RANGE);
    assertThat(onlyProblem("slaBreached", "Time to resolution", "team=ops").key())
        .isEqualTo(Key.BAD_FILTER);
    assertThat(onlyProblem("slaBreached", "Time to resolution", "policy=vip").english())
        .isEqualTo("no SLA policy is named \"vip\"; known policies: Default");
    assertThat(onlyProblem("slaBreached", "Time to resolution", "calendar=Mars").english())
        .isEqualTo("no calendar is named \"Mars\"; known calendars: 24/7, 9-17, NY 9-17");
  }

  @Test
  void allProblemsOfACallAreSaidAtOnce() {
    SlaFunctionCall.Parsed parsed = call("slaRemaining", "Time to lunch", "=", "soon");

    assertThat(parsed.problems())
        .extracting(FunctionProblem::key)
        .containsExactly(Key.UNKNOWN_METRIC, Key.BAD_OPERATOR, Key.BAD_DURATION);
  }

  @Test
  void functionsAreNamedAsPeopleTypeThemInJql() {
    assertThat(SlaFunction.named("slabreached")).contains(SlaFunction.BREACHED);
    assertThat(SlaFunction.named("slaNope")).isEmpty();
    assertThat(SlaFunction.REMAINING.example("Time to first response"))
        .isEqualTo("slaRemaining(\"Time to first response\", \"<\", \"2h\")");
  }
}
