package org.slaclocks.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slaclocks.query.function.FunctionProblem;
import org.slaclocks.query.function.SlaFunction;
import org.slaclocks.query.function.SlaFunctionCall;
import org.slaclocks.query.function.TimeTracking;
import org.slaclocks.tracking.Policies;
import org.slaclocks.web.i18n.Messages;

class FunctionProblemsTest {
  private static final Messages ENGLISH = Messages.of(Locale.ENGLISH);
  private static final Messages DUTCH = Messages.of(Locale.forLanguageTag("nl"));

  @ParameterizedTest
  @EnumSource(FunctionProblem.Key.class)
  void everyProblemIsSaidInEnglishAndDutchWithItsArguments(FunctionProblem.Key key) {
    FunctionProblem problem = new FunctionProblem(key, List.of("ARG0", "ARG1", "ARG2"));
    int placeholders = (int) key.englishPattern().chars().filter(c -> c == '{').count();

    for (Messages messages : List.of(ENGLISH, DUTCH)) {
      String said = FunctionProblems.say(problem, messages);
      assertThat(said).doesNotContain("slaclocks.").doesNotContain("{");
      for (int i = 0; i < placeholders; i++) {
        assertThat(said).contains("ARG" + i);
      }
    }
  }

  @Test
  void aDutchSearcherReadsWhichMetricsThereAre() {
    SlaFunctionCall.Parsed parsed =
        SlaFunctionCall.parse(
            SlaFunction.BREACHED,
            List.of("Tijd tot lunch"),
            new SlaFunctionCall.Context(
                Policies.helpdeskWithOutage(Instant.parse("2026-05-04T08:00:00Z")),
                TimeTracking.JIRA_DEFAULT,
                Instant.parse("2026-05-04T08:00:00Z"),
                ZoneId.of("Europe/Amsterdam")));

    assertThat(FunctionProblems.say(parsed.problems(), DUTCH))
        .containsExactly(
            "Geen SLA-meting heet \"Tijd tot lunch\". Bekende metingen: Time to first response,"
                + " Time to next response, Time to resolution");
  }
}
