package org.slaclocks.jira.field;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.CalculatedCFType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.export.FieldExportParts;
import com.atlassian.jira.issue.export.FieldExportPartsBuilder;
import com.atlassian.jira.issue.export.customfield.CustomFieldExportContext;
import com.atlassian.jira.issue.export.customfield.ExportableCustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.DateField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slaclocks.jira.app.ViewContexts;
import org.slaclocks.web.host.IssueAccess;
import org.slaclocks.web.host.IssueRef;
import org.slaclocks.web.host.Viewer;
import org.slaclocks.web.host.Viewers;
import org.slaclocks.web.view.CountdownView;

/**
 * The SLA countdown: a calculated custom field whose value is the breach instant of the current
 * cycle of the metric the field is named after, as stored (a {@link Date}, so Jira's date-time
 * searcher indexes, sorts and searches it). The issue view, navigator column and XML export render
 * the web layer's countdown; the CSV export writes its machine values. A viewer who may not browse
 * the issue gets no value and no view.
 */
public final class CountdownFieldType extends CalculatedCFType<Date, Date>
    implements DateField, ExportableCustomFieldType {
  /** The id of the field's one export part (Jira needs it unique within the field only). */
  static final String EXPORT_PART_ID = "countdown";

  /** What each of the three CSV columns holds, in order: their header names them. */
  static final String EXPORT_COLUMNS = "state, remaining seconds, breach at";

  private static final List<String> NO_VALUES = List.of("", "", "");

  private final MetricFields metrics;
  private final IssueAccess issues;
  private final Viewers viewers;
  private final ViewContexts views;

  public CountdownFieldType(
      MetricFields metrics, IssueAccess issues, Viewers viewers, ViewContexts views) {
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    this.issues = Objects.requireNonNull(issues, "issues");
    this.viewers = Objects.requireNonNull(viewers, "viewers");
    this.views = Objects.requireNonNull(views, "views");
  }

  /** ISO-8601 in UTC: the form of the XML export and of Jira's change log for this value. */
  @Override
  public String getStringFromSingularObject(Date breachAt) {
    return breachAt == null ? null : breachAt.toInstant().toString();
  }

  @Override
  public Date getSingularObjectFromString(String text) throws FieldValidationException {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Date.from(Instant.parse(text.strip()));
    } catch (DateTimeParseException e) {
      throw new FieldValidationException(
          "not an instant such as 2026-05-04T08:00:00Z: " + text.strip());
    }
  }

  /**
   * The stored breach instant of the current cycle, or null: no such metric, no clock, no deadline,
   * or an issue the current viewer may not browse. Jira's indexer calls this too, so the index
   * holds the breach instant whoever triggered the reindex.
   */
  @Override
  public Date getValueFromIssue(CustomField field, Issue issue) {
    if (field == null || issue == null || issue.getId() == null) {
      return null;
    }
    return metrics.breachAt(issue.getId(), field.getName()).map(Date::from).orElse(null);
  }

  @Override
  public Map<String, Object> getVelocityParameters(
      Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
    Map<String, Object> parameters = new HashMap<>();
    if (issue == null || field == null || issue.getId() == null) {
      return parameters; // a configuration screen: no issue to show a countdown of
    }
    Viewer viewer = viewers.current();
    Optional<IssueRef> browsable = issues.browsable(issue.getId(), viewer);
    if (browsable.isEmpty()) {
      return parameters;
    }
    long issueId = issue.getId();
    String name = field.getName();
    // Lazy: the navigator column renders only a placeholder (the script fetches a page of cells in
    // one request), so it reads no clock unless the field's name is ambiguous across policies.
    parameters.putAll(
        views.field(
            browsable.get(),
            () -> metrics.metricIdOn(issueId, name),
            () ->
                metrics
                    .onlyMetricIdNamed(name)
                    .orElseGet(() -> metrics.metricIdOn(issueId, name).orElse("")),
            name,
            viewer));
    return parameters;
  }

  /**
   * Jira's CSV export: one part of three values, so three columns, each headed "{@code <field name>
   * (state, remaining seconds, breach at)}": the machine state ({@code RUNNING}, {@code PAUSED},
   * {@code MET}, {@code BREACHED}, {@code NOT_STARTED}, {@code UNAVAILABLE}), the signed remaining
   * working seconds, and the breach instant in ISO-8601 UTC, derived at now from the stored facts
   * for the person exporting. Three empty values when that person may not browse the issue, or the
   * field's name matches no metric.
   */
  @Override
  public FieldExportParts getRepresentationFromIssue(
      Issue issue, CustomFieldExportContext context) {
    CustomField field = context == null ? null : context.getCustomField();
    String name = field == null ? "" : field.getName();
    return FieldExportPartsBuilder.buildSinglePartRepresentation(
        EXPORT_PART_ID, exportLabel(name), exportValues(issue, name).stream());
  }

  /** The header of each CSV column of a field of this name. */
  static String exportLabel(String fieldName) {
    return (fieldName == null ? "" : fieldName.strip()) + " (" + EXPORT_COLUMNS + ")";
  }

  /** State, remaining seconds and breach instant for the current viewer; empty strings if none. */
  List<String> exportValues(Issue issue, String fieldName) {
    if (issue == null || issue.getId() == null || fieldName == null) {
      return NO_VALUES;
    }
    Viewer viewer = viewers.current();
    Optional<IssueRef> browsable = issues.browsable(issue.getId(), viewer);
    if (browsable.isEmpty()) {
      return NO_VALUES;
    }
    Optional<String> metric = metrics.metricIdOn(issue.getId(), fieldName);
    if (metric.isEmpty()) {
      return NO_VALUES;
    }
    CountdownView countdown = views.countdownView(browsable.get(), metric.get(), viewer);
    return List.of(
        countdown.state(),
        countdown.remainingSeconds() == null ? "" : countdown.remainingSeconds().toString(),
        countdown.breachAt());
  }
}
