package org.slaclocks.jira.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.fields.CustomField;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.slaclocks.clock.ClockState;
import org.slaclocks.jira.app.ViewContexts;
import org.slaclocks.policy.Metric;
import org.slaclocks.policy.Scope;
import org.slaclocks.policy.SlaPolicy;
import org.slaclocks.tracking.ClockRepository;
import org.slaclocks.tracking.Policies;
import org.slaclocks.tracking.StoredClock;
import org.slaclocks.web.host.IssueAccess;
import org.slaclocks.web.host.IssueRef;
import org.slaclocks.web.host.Viewer;
import org.slaclocks.web.view.CountdownView;

class CountdownFieldTypeTest {
  static final Instant BREACH = Instant.parse("2026-05-04T10:15:00Z");
  static final Viewer ANNA = new Viewer("anna", "Anna", Locale.ENGLISH, ZoneOffset.UTC);
  static final IssueRef HELP_1 = new IssueRef(10001L, "HELP-1", "HELP");

  private final ClockRepository clocks = mock(ClockRepository.class);
  private final IssueAccess issues = mock(IssueAccess.class);
  private final MetricFields metrics =
      new MetricFields(
          () -> Policies.config(Policies.firstResponseWithin(Duration.ofHours(4))), clocks);
  private final ViewContexts views =
      new ViewContexts() {
        @Override
        public Map<String, Object> field(
            IssueRef issue,
            Supplier<Optional<String>> metricId,
            Supplier<String> placeholderMetricId,
            String fieldName,
            Viewer viewer) {
          return Map.of(
              "countdown",
              issue.key()
                  + "/"
                  + metricId.get().orElse("no metric " + fieldName)
                  + "/"
                  + viewer.userKey());
        }

        @Override
        public CountdownView countdownView(IssueRef issue, String metricId, Viewer viewer) {
          throw new AssertionError("only exports read the countdown itself");
        }

        @Override
        public Map<String, Object> panel(IssueRef issue, Viewer viewer) {
          throw new AssertionError("the field shows no panel");
        }
      };
  private final CountdownFieldType type =
      new CountdownFieldType(metrics, issues, () -> ANNA, views);

  private final Issue issue = mock(Issue.class);

  CountdownFieldTypeTest() {
    when(issue.getId()).thenReturn(10001L);
    when(issues.browsable(10001L, ANNA)).thenReturn(Optional.of(HELP_1));
    when(clocks.summaries(10001L)).thenReturn(List.of(running("default", "ttfr", BREACH)));
  }

  static StoredClock running(String policyId, String metricId, Instant breachAt) {
    return new StoredClock(
        10001L,
        policyId,
        metricId,
        1,
        ClockState.RUNNING,
        "nine-to-five",
        Duration.ofHours(4),
        Duration.ofMinutes(30),
        breachAt.minus(Duration.ofHours(4)),
        breachAt.minus(Duration.ofHours(4)),
        breachAt,
        null,
        null,
        0);
  }

  private static CustomField field(String name) {
    CustomField field = mock(CustomField.class);
    when(field.getName()).thenReturn(name);
    return field;
  }

  @Test
  void theValueIsTheStoredBreachInstantOfTheMetricTheFieldIsNamedAfter() {
    assertThat(type.getValueFromIssue(field("Time to first response"), issue))
        .isEqualTo(Date.from(BREACH));
    assertThat(type.getValueFromIssue(field("  time TO first RESPONSE "), issue))
        .as("names match ignoring case and surrounding spaces")
        .isEqualTo(Date.from(BREACH));
  }

  @Test
  void aFieldNamingNoMetricOrAnIssueWithoutThatClockHasNoValue() {
    assertThat(type.getValueFromIssue(field("Time to resolution"), issue)).isNull();
    when(clocks.summaries(10001L)).thenReturn(List.of(running("default", "other", BREACH)));
    assertThat(type.getValueFromIssue(field("Time to first response"), issue)).isNull();
  }

  @Test
  void theViewGetsTheWebLayersCountdownForTheViewer() {
    assertThat(type.getVelocityParameters(issue, field("Time to first response"), null))
        .containsEntry("countdown", "HELP-1/ttfr/anna");
  }

  @Test
  void aMetricNamedAlikeInTwoPoliciesShowsTheOneTheIssueHasAClockOf() {
    Metric standard = Policies.firstResponseWithin(Duration.ofHours(4));
    Metric vip =
        new Metric(
            "ttfr-vip",
            "Time to first response",
            standard.start(),
            standard.stop(),
            List.of(),
            true,
            List.of(Policies.goal(Duration.ofHours(1))),
            null,
            null);
    CountdownFieldType twoPolicies =
        new CountdownFieldType(
            new MetricFields(
                () ->
                    Policies.config(
                        List.of(
                            new SlaPolicy("vip", "VIP", true, Scope.ALL, List.of(vip)),
                            new SlaPolicy(
                                "default",
                                "Default",
                                true,
                                Scope.ALL,
                                List.of(Policies.firstResponseWithin(Duration.ofHours(4)))))),
                clocks),
            issues,
            () -> ANNA,
            views);

    assertThat(twoPolicies.getVelocityParameters(issue, field("Time to first response"), null))
        .containsEntry("countdown", "HELP-1/ttfr/anna");
    when(clocks.summaries(10001L)).thenReturn(List.of());
    assertThat(twoPolicies.getVelocityParameters(issue, field("Time to first response"), null))
        .as("no clock yet: the first policy's metric, shown as not started")
        .containsEntry("countdown", "HELP-1/ttfr-vip/anna");
  }

  @Test
  void aViewerWhoMayNotBrowseTheIssueGetsNothingToRender() {
    when(issues.browsable(10001L, ANNA)).thenReturn(Optional.empty());

    assertThat(type.getVelocityParameters(issue, field("Time to first response"), null)).isEmpty();
  }

  @Test
  void aFieldNamingNoMetricSaysSoInsteadOfShowingACountdown() {
    assertThat(type.getVelocityParameters(issue, field("Time to lunch"), null))
        .containsOnly(Map.entry("countdown", "HELP-1/no metric Time to lunch/anna"));
  }

  @Test
  void aConfigurationScreenWithoutIssueRendersNothing() {
    assertThat(type.getVelocityParameters(null, field("Time to first response"), null)).isEmpty();
  }

  @Test
  void exportsAndParsesTheBreachInstantAsIso8601Utc() {
    assertThat(type.getStringFromSingularObject(Date.from(BREACH)))
        .isEqualTo("2026-05-04T10:15:00Z");
    assertThat(type.getSingularObjectFromString("2026-05-04T10:15:00Z"))
        .isEqualTo(Date.from(BREACH));
    assertThat(type.getSingularObjectFromString(" ")).isNull();
    assertThatThrownBy(() -> type.getSingularObjectFromString("tomorrow"))
        .isInstanceOf(FieldValidationException.class)
        .hasMessageContaining("tomorrow");
  }
}
