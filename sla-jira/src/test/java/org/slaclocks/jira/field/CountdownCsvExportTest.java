package org.slaclocks.jira.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.slaclocks.tracking.Histories.AGENT;
import static org.slaclocks.tracking.Histories.at;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.export.FieldExportParts;
import com.atlassian.jira.issue.export.FieldExportPartsBuilder;
import com.atlassian.jira.issue.export.customfield.CustomFieldExportContext;
import com.atlassian.jira.issue.fields.CustomField;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.jira.app.SlaViewContexts;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.tracking.ClockEngine;
import org.slaclocks.tracking.ClockRepository;
import org.slaclocks.tracking.Histories;
import org.slaclocks.tracking.JqlScope;
import org.slaclocks.tracking.Policies;
import org.slaclocks.tracking.TriggerLedger;
import org.slaclocks.web.WebHost;
import org.slaclocks.web.host.IssueAccess;
import org.slaclocks.web.host.IssueRef;
import org.slaclocks.web.host.TemplateRenderer;
import org.slaclocks.web.host.Viewer;
import org.slaclocks.web.view.CountdownField;
import org.slaclocks.web.view.CountdownPlaceholder;
import org.slaclocks.web.view.SlaViews;

/**
 * The CSV export of a countdown field: state, remaining working seconds and breach instant, derived
 * from the clocks as stored when the issue last changed, at the moment of the export. Helpdesk
 * policy: first response 4h and resolution 24h (9-17 Amsterdam, Monday 5 January 2026), the
 * resolution paused while waiting for the customer.
 */
class CountdownCsvExportTest {
  static final SlaConfiguration HELPDESK = Policies.helpdeskWithOutage(at("Mon+3 08:00"));
  static final Viewer ANNA = new Viewer(AGENT, "Anna", Locale.ENGLISH, Histories.ZONE);
  static final String FIRST_RESPONSE = "Time to first response";

  private final ClockRepository clocks = mock(ClockRepository.class);
  private final IssueAccess issues = mock(IssueAccess.class);
  private final Map<Long, ClockRepository.Stored> stored = new HashMap<>();

  CountdownCsvExportTest() {
    when(clocks.loadAll(any()))
        .thenAnswer(
            call -> {
              Map<Long, ClockRepository.Stored> out = new HashMap<>();
              for (Long id : call.<Collection<Long>>getArgument(0)) {
                if (stored.containsKey(id)) {
                  out.put(id, stored.get(id));
                }
              }
              return out;
            });
    when(clocks.summaries(anyLong())).thenReturn(List.of());
  }

  /** The field type as Jira runs it, with the machine's time at {@code now}. */
  private CountdownFieldType exportedAt(String now) {
    WebHost host =
        new WebHost(
            () -> ANNA,
            issues,
            () -> HELPDESK,
            clocks,
            mock(TriggerLedger.class),
            mock(TemplateRenderer.class),
            Clock.fixed(at(now), ZoneOffset.UTC));
    return new CountdownFieldType(
        new MetricFields(() -> HELPDESK, clocks),
        issues,
        () -> ANNA,
        new SlaViewContexts(new SlaViews(host)));
  }

  /** An issue created Monday 09:00 whose clocks were stored when it last changed. */
  private Issue stored(Function<Histories, Histories> changes, String storedAt) {
    IssueHistory history = changes.apply(Histories.created(at("Mon 09:00"))).build();
    ClockEngine.Result result =
        ClockEngine.compute(
            HELPDESK, history, HELPDESK.listedDirectory(), JqlScope.UNKNOWN, at(storedAt));
    stored.put(history.issueId(), new ClockRepository.Stored(result.clocks(), 1));
    when(issues.browsable(history.issueId(), ANNA))
        .thenReturn(Optional.of(new IssueRef(history.issueId(), history.key(), "HELP")));
    Issue issue = mock(Issue.class);
    when(issue.getId()).thenReturn(history.issueId());
    return issue;
  }

  /**
   * Jira gives the field one context for the issue view, the navigator column and the XML export:
   * the column's placeholder reads no stored clock (the page's cells come in one batched request),
   * and the view's countdown reads them once however often the template asks.
   */
  @Test
  void theNavigatorCellReadsNoClockAndTheIssueViewReadsThemOnce() {
    Issue issue = stored(h -> h, "Mon 09:00");
    CustomField field = mock(CustomField.class);
    when(field.getName()).thenReturn(FIRST_RESPONSE);
    clearInvocations(clocks);

    CountdownField slaField =
        (CountdownField)
            exportedAt("Mon 10:00").getVelocityParameters(issue, field, null).get("slaField");
    CountdownPlaceholder cell = slaField.placeholder();

    assertThat(cell.issueId()).isEqualTo(issue.getId());
    assertThat(cell.metricId()).isEqualTo("ttfr");
    verifyNoInteractions(clocks);

    assertThat(slaField.countdown().state()).isEqualTo("RUNNING");
    assertThat(slaField.countdown().metricName()).isEqualTo(FIRST_RESPONSE);
    verify(clocks, times(1)).loadAll(any());
  }

  @Test
  void aRunningClockExportsItsRemainingSecondsAtTheMomentOfTheExportNotWhenItWasStored() {
    Issue issue = stored(h -> h, "Mon 09:00");

    assertThat(exportedAt("Mon 10:00").exportValues(issue, FIRST_RESPONSE))
        .containsExactly("RUNNING", "10800", "2026-01-05T12:00:00Z");
    assertThat(exportedAt("Mon 12:30").exportValues(issue, FIRST_RESPONSE))
        .containsExactly("RUNNING", "1800", "2026-01-05T12:00:00Z");
  }

  @Test
  void aRunningClockPastItsDeadlineExportsNegativeSeconds() {
    Issue issue = stored(h -> h, "Mon 09:00");

    assertThat(exportedAt("Mon 13:45").exportValues(issue, FIRST_RESPONSE))
        .containsExactly("RUNNING", "-2700", "2026-01-05T12:00:00Z");
  }

  @Test
  void aBreachedClockExportsItsOverrunAndWhenItBreached() {
    Issue issue = stored(h -> h.comment(AGENT, at("Mon 14:00")), "Mon 14:00");

    assertThat(exportedAt("Mon 15:00").exportValues(issue, FIRST_RESPONSE))
        .containsExactly("BREACHED", "-3600", "2026-01-05T12:00:00Z");
  }

  @Test
  void aMetClockExportsTheTimeToSpare() {
    Issue issue = stored(h -> h.comment(AGENT, at("Mon 10:00")), "Mon 10:00");

    assertThat(exportedAt("Mon 11:00").exportValues(issue, FIRST_RESPONSE))
        .containsExactly("MET", "10800", "");
  }

  @Test
  void aPausedClockExportsTheTimeLeftWhenItWasPausedAndNoDeadline() {
    Issue issue =
        stored(h -> h.status(at("Mon 10:00"), "Open", "Waiting for customer"), "Mon 10:00");

    assertThat(exportedAt("Mon 16:00").exportValues(issue, "Time to resolution"))
        .containsExactly("PAUSED", "82800", "");
  }

  @Test
  void someoneWhoMayNotBrowseTheIssueExportsThreeEmptyValues() {
    Issue issue = stored(h -> h, "Mon 09:00");
    when(issues.browsable(anyLong(), any())).thenReturn(Optional.empty());

    assertThat(exportedAt("Mon 10:00").exportValues(issue, FIRST_RESPONSE))
        .containsExactly("", "", "");
  }

  @Test
  void aFieldNamingNoMetricExportsThreeEmptyValues() {
    Issue issue = stored(h -> h, "Mon 09:00");

    assertThat(exportedAt("Mon 10:00").exportValues(issue, "Time to lunch"))
        .containsExactly("", "", "");
  }

  @Test
  void jiraGetsOnePartOfThreeColumnsHeadedByTheFieldsNameAndWhatEachHolds() {
    Issue issue = stored(h -> h, "Mon 09:00");
    CustomField field = mock(CustomField.class);
    when(field.getName()).thenReturn(FIRST_RESPONSE);
    CustomFieldExportContext context = mock(CustomFieldExportContext.class);
    when(context.getCustomField()).thenReturn(field);
    FieldExportParts parts = mock(FieldExportParts.class);
    List<String> written = new ArrayList<>();
    List<String> labels = new ArrayList<>();

    try (MockedStatic<FieldExportPartsBuilder> builder =
        mockStatic(FieldExportPartsBuilder.class)) {
      builder
          .when(
              () ->
                  FieldExportPartsBuilder.buildSinglePartRepresentation(
                      anyString(), anyString(), any()))
          .thenAnswer(
              call -> {
                labels.add(call.getArgument(1));
                call.<Stream<String>>getArgument(2).forEach(written::add);
                return parts;
              });

      assertThat(exportedAt("Mon 10:00").getRepresentationFromIssue(issue, context))
          .isSameAs(parts);
    }
    assertThat(labels)
        .containsExactly("Time to first response (state, remaining seconds, breach at)");
    assertThat(written).containsExactly("RUNNING", "10800", "2026-01-05T12:00:00Z");
  }
}
