package org.slaclocks.jira.app;

import java.util.Map;
import org.slaclocks.web.host.IssueRef;
import org.slaclocks.web.host.Viewer;
import org.slaclocks.web.view.CountdownView;

/**
 * Port of the field and panel adapters (kept in the wiring package, where adapters meet): the
 * context the web layer's templates are rendered with in Jira's modules, built by the web layer's
 * views at the host's now from stored facts. Called only for an issue the viewer may browse.
 */
public interface ViewContexts {
  /** The countdown field's context ({@code $countdown}) of one metric (its id). */
  Map<String, Object> countdown(IssueRef issue, String metricId, Viewer viewer);

  /** One metric's countdown itself, at now: the machine values exports write. */
  CountdownView countdownView(IssueRef issue, String metricId, Viewer viewer);

  /** The countdown field's context when the field's name matches no metric. */
  Map<String, Object> unknownMetric(IssueRef issue, String fieldName, Viewer viewer);

  /** The SLA panel's context ({@code $panel}). */
  Map<String, Object> panel(IssueRef issue, Viewer viewer);
}
