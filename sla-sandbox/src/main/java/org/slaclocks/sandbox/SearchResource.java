package org.slaclocks.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.slaclocks.web.host.Viewer;

/**
 * {@code GET /rest/sla/1.0/search?jql=...}: the keys of the matching issues the person may browse,
 * newest first as the search page lists them, and how many: {@code {"issues": [...], "total": n}};
 * or status 400 with the problems in the person's language: {@code {"problems": [{"message": ...,
 * "position": n}]}} (position 1 for the first character).
 */
@Path("search")
public final class SearchResource {
  private final SandboxApp app;

  SearchResource(SandboxApp app) {
    this.app = app;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response search(@QueryParam("jql") String jql) {
    Viewer viewer = app.viewers().current();
    SlaSearch.Outcome outcome = app.search(jql, viewer);
    Map<String, Object> body = new LinkedHashMap<>();
    if (!outcome.isValid()) {
      List<Map<String, Object>> problems = new ArrayList<>();
      for (SlaSearch.Problem problem : outcome.problems()) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("message", problem.message());
        p.put("position", problem.position());
        problems.add(p);
      }
      body.put("problems", problems);
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(body)
          .header("Cache-Control", "no-store")
          .build();
    }
    List<LoadedIssues.Issue> found =
        outcome.issueIds().stream()
            .map(id -> app.issues().byId(id).orElseThrow())
            .filter(i -> app.access().mayBrowse(i, viewer))
            .toList();
    List<String> keys =
        IssueListPage.sorted(found, null, false, app.clocks(), app.configuration()).stream()
            .map(LoadedIssues.Issue::key)
            .toList();
    body.put("issues", keys);
    body.put("total", keys.size());
    return Response.ok(body).header("Cache-Control", "no-store").build();
  }
}
