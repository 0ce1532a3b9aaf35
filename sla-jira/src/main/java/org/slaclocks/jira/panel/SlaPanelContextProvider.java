package org.slaclocks.jira.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;
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
 * Gives the issue view's SLA panel its {@code $panel}: Jira puts the viewed issue under {@code
 * issue}; a viewer who may not browse it (or no issue at all) gets the context unchanged, without
 * {@code panel}, and the template shows nothing.
 */
public final class SlaPanelContextProvider implements ContextProvider {
  /** Where Jira's issue view puts the viewed issue in a web panel's context. */
  static final String ISSUE = "issue";

  private final IssueAccess issues;
  private final Viewers viewers;
  private final ViewContexts views;

  public SlaPanelContextProvider(IssueAccess issues, Viewers viewers, ViewContexts views) {
    this.issues = Objects.requireNonNull(issues, "issues");
    this.viewers = Objects.requireNonNull(viewers, "viewers");
    this.views = Objects.requireNonNull(views, "views");
  }

  @Override
  public void init(Map<String, String> params) {
    // The descriptor gives no parameters.
  }

  @Override
  public Map<String, Object> getContextMap(Map<String, Object> context) {
    Map<String, Object> result = new HashMap<>(context);
    result.remove("panel");
    if (!(context.get(ISSUE) instanceof Issue issue) || issue.getId() == null) {
      return result;
    }
    Viewer viewer = viewers.current();
    Optional<IssueRef> browsable = issues.browsable(issue.getId(), viewer);
    browsable.ifPresent(ref -> result.putAll(views.panel(ref, viewer)));
    return result;
  }
}
