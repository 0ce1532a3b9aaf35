package org.slaclocks.web.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.slaclocks.clock.ExclusionWindow;
import org.slaclocks.format.Json;
import org.slaclocks.policy.Exclusion;
import org.slaclocks.tracking.AuditLog;
import org.slaclocks.validation.ValidationException;
import org.slaclocks.web.ExclusionHost;
import org.slaclocks.web.host.IssueRef;
import org.slaclocks.web.host.Viewer;

/**
 * The app's exclusion windows for administrators ({@code admin/exclusions}): spans of time no SLA
 * clock counts, for every issue (an outage) or for one issue (the customer asked to wait), each
 * with its reason. Listing, adding and removing, each change in the audit log. The clocks of open
 * issues follow a new window when they are next computed (recalculate the open issues).
 * Administrators only (403); changes take JSON only.
 */
@Path("admin/exclusions")
public class ExclusionResource {
  static final int MAX_BODY = 64 * 1024;

  private final ExclusionHost host;

  @Inject
  public ExclusionResource(ExclusionHost host) {
    this.host = host;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response list() {
    Viewer viewer = host.viewers().current();
    if (!host.access().mayConfigure(viewer)) {
      return forbidden(viewer);
    }
    List<Exclusion> all = host.exclusions().all();
    Map<Long, IssueRef> keys =
        host.issues()
            .browsable(
                all.stream().filter(e -> e.issueId() != null).map(Exclusion::issueId).toList(),
                viewer);
    ArrayNode list = Json.MAPPER.createArrayNode();
    for (Exclusion e : all) {
      ObjectNode node = json(e);
      if (e.issueId() != null) {
        IssueRef ref = keys.get(e.issueId());
        node.put("issueKey", ref == null ? null : ref.key());
      }
      list.add(node);
    }
    return Answers.tree(Response.ok(), list);
  }

  /**
   * Adds a window: {@code {"from": instant, "to": instant, "reason": "...", "issue": "HELP-12"}}
   * (no {@code issue}: every issue).
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response add(InputStream body) {
    Viewer viewer = host.viewers().current();
    if (!host.access().mayConfigure(viewer)) {
      return forbidden(viewer);
    }
    Optional<String> text = Answers.body(body, MAX_BODY);
    if (text.isEmpty()) {
      return Answers.error(
          Response.Status.REQUEST_ENTITY_TOO_LARGE, text(viewer, "admin.tooLarge", MAX_BODY));
    }
    JsonNode request;
    try {
      request = Json.parse(text.get(), "request");
    } catch (ValidationException e) {
      return Answers.error(Response.Status.BAD_REQUEST, e.getMessage());
    }
    Instant from;
    Instant to;
    try {
      from = Instant.parse(request.path("from").asText(""));
      to = Instant.parse(request.path("to").asText(""));
    } catch (DateTimeParseException e) {
      return Answers.error(Response.Status.BAD_REQUEST, text(viewer, "exclusions.instants"));
    }
    String reason = request.path("reason").asText("").trim();
    if (reason.isEmpty() || reason.length() > 255) {
      return Answers.error(Response.Status.BAD_REQUEST, text(viewer, "exclusions.reason"));
    }
    if (!to.isAfter(from)) {
      return Answers.error(Response.Status.BAD_REQUEST, text(viewer, "exclusions.order"));
    }
    Long issueId = null;
    String issueKey = request.path("issue").asText("").trim();
    if (!issueKey.isEmpty()) {
      Optional<IssueRef> issue = host.issues().browsable(issueKey, viewer);
      if (issue.isEmpty()) {
        return Answers.error(
            Response.Status.BAD_REQUEST, text(viewer, "exclusions.issue", issueKey));
      }
      issueId = issue.get().id();
    }
    Instant now = host.clock().instant();
    Exclusion added =
        host.exclusions()
            .add(new ExclusionWindow(from, to, reason), issueId, viewer.userKey(), now);
    ObjectNode node = json(added);
    if (issueId != null) {
      node.put("issueKey", issueKey);
    }
    host.audit()
        .append(
            AuditLog.Entry.of(
                now,
                viewer.userKey(),
                "exclusion.added",
                "exclusion/" + added.id(),
                null,
                node.toString(),
                issueId == null ? "every issue" : issueKey));
    return Answers.tree(Response.ok(), node);
  }

  @DELETE
  @Produces(MediaType.APPLICATION_JSON)
  public Response remove(@QueryParam("id") String id) {
    Viewer viewer = host.viewers().current();
    if (!host.access().mayConfigure(viewer)) {
      return forbidden(viewer);
    }
    Optional<Exclusion> was =
        host.exclusions().all().stream().filter(e -> e.id().equals(id)).findFirst();
    if (id == null || was.isEmpty() || !host.exclusions().remove(id)) {
      return Answers.error(
          Response.Status.NOT_FOUND, text(viewer, "exclusions.none", id == null ? "" : id));
    }
    host.audit()
        .append(
            AuditLog.Entry.of(
                host.clock().instant(),
                viewer.userKey(),
                "exclusion.removed",
                "exclusion/" + id,
                json(was.get()).toString(),
                null,
                null));
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("removed", id);
    return Answers.tree(Response.ok(), node);
  }

  private static ObjectNode json(Exclusion e) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("id", e.id());
    node.put("from", e.window().startInclusive().toString());
    node.put("to", e.window().endExclusive().toString());
    node.put("reason", e.window().reason());
    node.put("global", e.issueId() == null);
    if (e.issueId() != null) {
      node.put("issueId", e.issueId());
    }
    return node;
  }

  private static Response forbidden(Viewer viewer) {
    return Answers.forbidden(viewer);
  }

  private static String text(Viewer viewer, String key, Object... args) {
    return Answers.text(viewer, key, args);
  }
}
