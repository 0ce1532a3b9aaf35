package org.slaclocks.jira.field;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.CalculatedCFType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.DateField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slaclocks.jira.app.ViewContexts;
import org.slaclocks.web.host.IssueAccess;
import org.slaclocks.web.host.IssueRef;
import org.slaclocks.web.host.Viewer;
import org.slaclocks.web.host.Viewers;

/**
 * The SLA countdown: a calculated custom field whose value is the breach instant of the current
 * cycle of the metric the field is named after, as stored (a {@link Date}, so Jira's date-time
 * searcher indexes, sorts and searches it). The issue view, navigator column and XML export render
 * the web layer's countdown. A viewer who may not browse the issue gets no value and no view.
 */
public final class CountdownFieldType extends CalculatedCFType<Date, Date> implements DateField {
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
    Optional<String> metric = metrics.metricIdOn(issue.getId(), field.getName());
    if (metric.isEmpty()) {
      parameters.putAll(views.unknownMetric(browsable.get(), field.getName(), viewer));
      return parameters;
    }
    parameters.putAll(views.countdown(browsable.get(), metric.get(), viewer));
    return parameters;
  }
}
