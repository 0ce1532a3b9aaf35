package org.slaclocks.jira.app;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slaclocks.web.host.IssueRef;
import org.slaclocks.web.host.Viewer;
import org.slaclocks.web.view.CountdownView;

/**
 * Port of the field and panel adapters (kept in the wiring package, where adapters meet): the
 * context the web layer's templates are rendered with in Jira's modules, built by the web layer's
 * views at the host's now from stored facts. Called only for an issue the viewer may browse.
 */
public interface ViewContexts {
  /**
   * The countdown field's context ({@code $slaField}), lazy because Jira gives a field the same
   * context for the issue view, the navigator column and the XML export: the countdown of the
   * metric that {@code metricId} supplies (empty: the field's name matches no metric, which the
   * field then says) is derived only when the view or the export asks for it; the navigator cell's
   * placeholder, of the metric {@code placeholderMetricId} supplies, reads no clock.
   */
  Map<String, Object> field(
      IssueRef issue,
      Supplier<Optional<String>> metricId,
      Supplier<String> placeholderMetricId,
      String fieldName,
      Viewer viewer);

  /** One metric's countdown itself, at now: the machine values exports write. */
  CountdownView countdownView(IssueRef issue, String metricId, Viewer viewer);

  /** The SLA panel's context ({@code $panel}). */
  Map<String, Object> panel(IssueRef issue, Viewer viewer);
}
