package org.slaclocks.jira.app;

import java.util.Map;
import java.util.Objects;
import org.slaclocks.web.host.IssueRef;
import org.slaclocks.web.host.Viewer;
import org.slaclocks.web.view.CountdownView;
import org.slaclocks.web.view.SlaViews;

/** The field's and the panel's template contexts, from the web layer's views. */
public final class SlaViewContexts implements ViewContexts {
  private final SlaViews views;

  public SlaViewContexts(SlaViews views) {
    this.views = Objects.requireNonNull(views, "views");
  }

  @Override
  public Map<String, Object> countdown(IssueRef issue, String metricId, Viewer viewer) {
    return Map.of("countdown", views.countdown(issue, metricId, viewer));
  }

  @Override
  public CountdownView countdownView(IssueRef issue, String metricId, Viewer viewer) {
    return views.countdown(issue, metricId, viewer);
  }

  @Override
  public Map<String, Object> unknownMetric(IssueRef issue, String fieldName, Viewer viewer) {
    return Map.of("countdown", views.unknownMetric(issue, fieldName, viewer));
  }

  @Override
  public Map<String, Object> panel(IssueRef issue, Viewer viewer) {
    return Map.of("panel", views.panel(issue, viewer));
  }
}
