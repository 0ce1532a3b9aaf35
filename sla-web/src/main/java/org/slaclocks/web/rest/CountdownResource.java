package org.slaclocks.web.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.slaclocks.web.WebHost;
import org.slaclocks.web.host.IssueRef;
import org.slaclocks.web.host.Viewer;
import org.slaclocks.web.i18n.Messages;
import org.slaclocks.web.view.CountdownView;
import org.slaclocks.web.view.SlaViews;
import org.slaclocks.web.view.Templates;

/**
 * {@code GET countdowns?issueId=1&issueId=2[&metric=ttr]}: the navigator cells of a page of issues
 * in one request, one permission pass and one read of the stored clocks. Each cell's HTML comes
 * from the column template, as the page would have rendered it.
 */
@Path("countdowns")
public class CountdownResource {
  /** The most issues one request may ask for (a navigator page holds at most 100 rows). */
  public static final int MAX_ISSUES = 100;

  private final WebHost host;
  private final SlaViews views;

  /**
   * Jira 10's REST v2 (Jersey 2) builds resources by their {@code @Inject} constructor from the
   * app's beans; the sandbox registers instances.
   */
  @Inject
  public CountdownResource(WebHost host) {
    this.host = host;
    this.views = new SlaViews(host);
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response countdowns(
      @QueryParam("issueId") List<String> issueIds, @QueryParam("metric") List<String> metrics) {
    Viewer viewer = host.viewers().current();
    Messages messages = Messages.of(viewer.locale());
    Set<Long> ids = new LinkedHashSet<>();
    for (String text : issueIds == null ? List.<String>of() : issueIds) {
      try {
        ids.add(Long.parseLong(text.trim()));
      } catch (NumberFormatException e) {
        return Answers.error(
            Response.Status.BAD_REQUEST, messages.text("error.issueIdNotNumber", text));
      }
    }
    if (ids.size() > MAX_ISSUES) {
      return Answers.error(
          Response.Status.BAD_REQUEST,
          messages.text("error.tooManyIssues", MAX_ISSUES, ids.size()));
    }
    Set<String> metricIds = new LinkedHashSet<>();
    for (String metric : metrics == null ? List.<String>of() : metrics) {
      if (metric != null && !metric.isBlank()) {
        metricIds.add(metric.trim());
      }
    }
    Map<Long, IssueRef> browsable = ids.isEmpty() ? Map.of() : host.issues().browsable(ids, viewer);
    List<IssueRef> issues = new ArrayList<>();
    for (Long id : ids) {
      IssueRef issue = browsable.get(id);
      if (issue != null) {
        issues.add(issue);
      }
    }
    Map<Long, List<CountdownView>> countdowns = views.countdowns(issues, metricIds, viewer);
    Map<String, Map<String, CountdownCellJson>> cells = new LinkedHashMap<>();
    long now = host.clock().instant().toEpochMilli();
    for (Map.Entry<Long, List<CountdownView>> issue : countdowns.entrySet()) {
      Map<String, CountdownCellJson> byMetric = new LinkedHashMap<>();
      for (CountdownView view : issue.getValue()) {
        now = view.serverNow();
        String html = Templates.countdownCell(host.templates(), view);
        byMetric.put(view.metricId(), CountdownCellJson.of(html, view));
      }
      cells.put(Long.toString(issue.getKey()), byMetric);
    }
    return Answers.json(new CountdownsJson(now, cells));
  }
}
