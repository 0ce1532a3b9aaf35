package org.slaclocks.web.rest;

import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.slaclocks.web.WebHost;
import org.slaclocks.web.host.IssueRef;
import org.slaclocks.web.host.Viewer;
import org.slaclocks.web.i18n.Messages;
import org.slaclocks.web.view.CountdownView;
import org.slaclocks.web.view.PanelView;
import org.slaclocks.web.view.SlaViews;
import org.slaclocks.web.view.Templates;

/**
 * One issue's clocks: {@code GET issue/{key}} (JSON) and {@code GET issue/{key}/panel} (the panel's
 * HTML, which the script swaps in when it refreshes). An unknown issue and one the caller may not
 * browse get the same 404.
 */
@Path("issue")
public class IssueResource {
  private final WebHost host;
  private final SlaViews views;

  /**
   * Jira 10's REST v2 (Jersey 2) builds resources by their {@code @Inject} constructor from the
   * app's beans; the sandbox registers instances.
   */
  @Inject
  public IssueResource(WebHost host) {
    this.host = host;
    this.views = new SlaViews(host);
  }

  @GET
  @Path("{key}")
  @Produces(MediaType.APPLICATION_JSON)
  public Response clocks(@PathParam("key") String key) {
    Viewer viewer = host.viewers().current();
    Optional<IssueRef> issue = browsable(key, viewer);
    if (issue.isEmpty()) {
      return notFound(key, viewer);
    }
    PanelView panel = views.panel(issue.get(), viewer);
    List<ClockJson> clocks =
        panel.metrics().stream().map(metric -> ClockJson.of(metric.countdown())).toList();
    if (panel.unavailable()) {
      List<CountdownView> unavailable = views.countdowns(issue.get(), viewer);
      clocks = unavailable.stream().map(ClockJson::of).toList();
    }
    return Answers.json(
        new IssueClocksJson(
            issue.get().id(),
            issue.get().key(),
            panel.serverNow(),
            clocks,
            panel.hasMessage() ? panel.message() : null));
  }

  @GET
  @Path("{key}/panel")
  @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
  public Response panel(@PathParam("key") String key) {
    Viewer viewer = host.viewers().current();
    Optional<IssueRef> issue = browsable(key, viewer);
    if (issue.isEmpty()) {
      return notFound(key, viewer);
    }
    return Answers.html(Templates.panel(host.templates(), views.panel(issue.get(), viewer)));
  }

  private Optional<IssueRef> browsable(String key, Viewer viewer) {
    if (key == null || key.isBlank() || key.length() > 255) {
      return Optional.empty();
    }
    return host.issues().browsable(key, viewer);
  }

  private static Response notFound(String key, Viewer viewer) {
    return Answers.error(
        Response.Status.NOT_FOUND,
        Messages.of(viewer.locale()).text("error.issueNotFound", key == null ? "" : key));
  }
}
