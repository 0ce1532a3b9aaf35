package org.slaclocks.jira.jql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;
import org.slaclocks.jira.tracking.MutableClock;
import org.slaclocks.jira.web.JiraViewers;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.query.ClockCondition;
import org.slaclocks.query.ClockQueries;
import org.slaclocks.query.ClockQuestion;
import org.slaclocks.query.ClockQuestions;
import org.slaclocks.query.Exclusions;
import org.slaclocks.query.function.TimeTracking;
import org.slaclocks.tracking.ExclusionRepository;
import org.slaclocks.tracking.Policies;

class SlaJqlFunctionTest {
  static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");
  static final SlaConfiguration CONFIG = Policies.config(Policies.firstResponse());

  private final ClockQueries clocks = mock(ClockQueries.class);
  private final ExclusionRepository exclusions = mock(ExclusionRepository.class);
  private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
  private final TimeZoneManager zones = mock(TimeZoneManager.class);
  private final Settings settings = new Settings();
  private final MutableClock clock = new MutableClock(NOW);
  private final SlaSearch search =
      new SlaSearch(
          () -> CONFIG,
          clocks,
          exclusions,
          new JiraViewers(authentication, zones),
          settings,
          clock);

  /** Jira's settings as a test sets them. */
  static final class Settings implements SearchSettings {
    int maxIssues = 65_000;
    TimeTracking timeTracking = TimeTracking.JIRA_DEFAULT;

    @Override
    public int maxIssues() {
      return maxIssues;
    }

    @Override
    public TimeTracking timeTracking() {
      return timeTracking;
    }
  }

  SlaJqlFunctionTest() {
    when(authentication.getLocale()).thenReturn(Locale.ENGLISH);
    when(zones.getLoggedInUserTimeZone()).thenReturn(TimeZone.getTimeZone("UTC"));
    when(exclusions.all()).thenReturn(List.of());
  }

  private Set<String> problems(SlaJqlFunction function, String... args) {
    return function
        .validate(
            mock(ApplicationUser.class),
            new FunctionOperand(function.getFunctionName(), args),
            mock(TerminalClause.class))
        .getErrorMessages();
  }

  private List<Long> ids(SlaJqlFunction function, String... args) {
    FunctionOperand operand = new FunctionOperand(function.getFunctionName(), args);
    List<QueryLiteral> values =
        function.getValues(mock(QueryCreationContext.class), operand, mock(TerminalClause.class));
    assertThat(values).allSatisfy(v -> assertThat(v.getSourceOperand()).isSameAs(operand));
    return values.stream().map(QueryLiteral::getLongValue).toList();
  }

  private void storeAnswers(long... ids) {
    doAnswer(
            call -> {
              LongConsumer sink = call.getArgument(1);
              for (long id : ids) {
                sink.accept(id);
              }
              return null;
            })
        .when(clocks)
        .forEachIssueId(any(), any());
  }

  @Test
  void aValidCallAnswersTheIdsTheStoredClocksSelect() {
    storeAnswers(10001, 10007);

    SlaBreachedFunction breached = new SlaBreachedFunction(search);

    assertThat(problems(breached, "time to FIRST response")).isEmpty();
    assertThat(ids(breached, "time to FIRST response")).containsExactly(10001L, 10007L);
  }

  @Test
  void theQuestionIsAskedAtTheAppClocksNow() {
    storeAnswers();

    ids(new SlaBreachedFunction(search), "Time to first response");

    ClockCondition expected =
        ClockQuestions.condition(
            new ClockQuestion("ttfr", new ClockQuestion.Breached(), null, null),
            NOW,
            CONFIG::calendar,
            Exclusions.NONE,
            Set::of);
    verify(clocks).forEachIssueId(eq(expected), any());
  }

  @Test
  void daysInDurationsAreAsLongAsJirasTimeTrackingSays() {
    storeAnswers();
    SlaElapsedFunction elapsed = new SlaElapsedFunction(search);
    ids(elapsed, "Time to first response", ">", "1d");
    settings.timeTracking = new TimeTracking(7.5, 5);
    ids(elapsed, "Time to first response", ">", "1d");

    org.mockito.ArgumentCaptor<ClockCondition> asked =
        org.mockito.ArgumentCaptor.forClass(ClockCondition.class);
    verify(clocks, org.mockito.Mockito.times(2)).forEachIssueId(asked.capture(), any());
    assertThat(asked.getAllValues().get(0))
        .isEqualTo(elapsedCondition(java.time.Duration.ofHours(8)))
        .isNotEqualTo(asked.getAllValues().get(1));
    assertThat(asked.getAllValues().get(1))
        .isEqualTo(elapsedCondition(java.time.Duration.ofMinutes(450)));
  }

  private static ClockCondition elapsedCondition(java.time.Duration more) {
    return ClockQuestions.condition(
        new ClockQuestion(
            "ttfr", new ClockQuestion.Elapsed(ClockQuestion.Comparison.MORE, more), null, null),
        NOW,
        CONFIG::calendar,
        Exclusions.NONE,
        Set::of);
  }

  @Test
  void aSearchAsksTheStoredClocksOnceThoughJiraValidatesFirst() {
    storeAnswers(10001, 10007);
    SlaBreachedFunction breached = new SlaBreachedFunction(search);

    assertThat(problems(breached, "Time to first response")).isEmpty();
    clock.advance(java.time.Duration.ofMillis(300));
    assertThat(ids(breached, "Time to first response")).containsExactly(10001L, 10007L);

    verify(clocks, org.mockito.Mockito.times(1)).forEachIssueId(any(), any());
  }

  @Test
  void aValidatedAnswerServesOnlyTheSameCallWithinASecondAndOnce() {
    storeAnswers(10001);
    SlaBreachedFunction breached = new SlaBreachedFunction(search);

    problems(breached, "Time to first response");
    ids(breached, "Time to first response"); // the validated answer
    ids(breached, "Time to first response"); // asked again: an answer serves once
    problems(breached, "Time to first response");
    ids(new SlaRunningFunction(search), "Time to first response"); // another function
    problems(breached, "Time to first response");
    ids(breached, "Time to first response", "calendar=24/7"); // other arguments
    problems(breached, "Time to first response");
    clock.advance(java.time.Duration.ofMillis(1001));
    ids(breached, "Time to first response"); // more than a second later: the answer may be old

    verify(clocks, org.mockito.Mockito.times(8)).forEachIssueId(any(), any());
  }

  @Test
  void moreIssuesThanJiraTakesFromOneFunctionAreToldNotDropped() {
    settings.maxIssues = 3;
    storeAnswers(1, 2, 3, 4);
    SlaBreachedFunction breached = new SlaBreachedFunction(search);

    assertThat(problems(breached, "Time to first response"))
        .singleElement()
        .asString()
        .isEqualTo(
            "slaBreached matches 4 issues, more than the 3 one search function may return in"
                + " Jira (jira.search.maxclauses). Narrow it with \"policy=...\" or"
                + " \"calendar=...\", a tighter argument, or another function");
    assertThat(ids(breached, "Time to first response")).isEmpty();

    settings.maxIssues = 4;
    assertThat(problems(breached, "Time to first response")).isEmpty();
    assertThat(ids(breached, "Time to first response")).containsExactly(1L, 2L, 3L, 4L);
  }

  @Test
  void anUnknownMetricIsNamedWithTheKnownOnesInEnglishAndDutch() {
    SlaRunningFunction running = new SlaRunningFunction(search);

    assertThat(problems(running, "Time to fix"))
        .singleElement()
        .asString()
        .contains("Time to fix", "Time to first response");

    when(authentication.getLocale()).thenReturn(Locale.forLanguageTag("nl"));
    assertThat(problems(running, "Time to fix"))
        .singleElement()
        .asString()
        .contains("Geen SLA-meting heet \"Time to fix\"", "Time to first response");
    assertThat(ids(running, "Time to fix")).isEmpty();
  }

  @Test
  void aBadDurationShowsJirasSyntaxInEnglishAndDutch() {
    SlaRemainingFunction remaining = new SlaRemainingFunction(search);

    assertThat(problems(remaining, "Time to first response", "<", "two hours"))
        .singleElement()
        .asString()
        .contains("\"two hours\" is not a duration", "1w 2d 4h 30m");

    when(authentication.getLocale()).thenReturn(Locale.forLanguageTag("nl"));
    assertThat(problems(remaining, "Time to first response", "<", "two hours"))
        .singleElement()
        .asString()
        .contains("\"two hours\" is geen duur", "1w 2d 4h 30m");
  }

  @Test
  void aWrongOperatorListsTheAllowedOnes() {
    assertThat(problems(new SlaElapsedFunction(search), "Time to first response", "=>", "2h"))
        .singleElement()
        .asString()
        .contains("=>", "<, <=, >, >=");
  }

  @Test
  void aWrongNumberOfArgumentsSaysHowMany() {
    SlaRemainingFunction remaining = new SlaRemainingFunction(search);

    assertThat(problems(remaining, "Time to first response"))
        .singleElement()
        .asString()
        .contains("slaRemaining takes 3 arguments", "1 given");
    assertThat(remaining.getMinimumNumberOfExpectedArguments()).isEqualTo(3);
    assertThat(new SlaBreachedFunction(search).getMinimumNumberOfExpectedArguments()).isEqualTo(1);
  }

  @Test
  void everyFunctionReturnsAListOfIssuesUnderItsOwnName() {
    SlaJqlFunction function = new SlaBreachingBeforeFunction(search);

    assertThat(function.getFunctionName()).isEqualTo("slaBreachingBefore");
    assertThat(function.isList()).isTrue();
    assertThat(function.getDataType()).isSameAs(JiraDataTypes.ISSUE);
  }
}
