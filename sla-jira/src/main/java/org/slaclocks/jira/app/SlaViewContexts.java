package org.slaclocks.jira.app;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slaclocks.web.host.IssueRef;
import org.slaclocks.web.host.Viewer;
import org.slaclocks.web.view.CountdownField;
import org.slaclocks.web.view.CountdownView;
import org.slaclocks.web.view.SlaViews;

/** The field's and the panel's template contexts, from the web layer's views. */
public final class SlaViewContexts implements ViewContexts {
  private final SlaViews views;

  public SlaViewContexts(SlaViews views) {
    this.views = Objects.requireNonNull(views, "views");
  }

  @Override
  public Map<String, Object> field(
      IssueRef issue,
      Supplier<Optional<String>> metricId,
      Supplier<String> placeholderMetricId,
      String fieldName,
      Viewer viewer) {
    return Map.of(
        "slaField",
        new CountdownField(
            () ->
                metricId
                    .get()
                    .map(id -> views.countdown(issue, id, viewer))
                    .orElseGet(() -> views.unknownMetric(issue, fieldName, viewer)),
            () -> views.placeholder(issue.id(), placeholderMetricId.get(), viewer)));
  }

  @Override
  public CountdownView countdownView(IssueRef issue, String metricId, Viewer viewer) {
    return views.countdown(issue, metricId, viewer);
  }

  @Override
  public Map<String, Object> panel(IssueRef issue, Viewer viewer) {
    return Map.of("panel", views.panel(issue, viewer));
  }
}
