package org.slaclocks.web.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.slaclocks.format.Json;
import org.slaclocks.tracking.ChangeQueue;
import org.slaclocks.tracking.TriggerLedger;
import org.slaclocks.validation.ValidationException;
import org.slaclocks.web.WorkerHost;
import org.slaclocks.web.host.IssueRef;
import org.slaclocks.web.host.Viewer;

/**
 * The change worker's health for administrators ({@code admin/worker}): how many issue changes wait
 * and since when, and the parked issues (those the worker gave up on after its retries) with their
 * last error; and retrying them ({@code POST admin/worker/retry}, some or all). Administrators only
 * (403 otherwise); the retry takes JSON only.
 */
@Path("admin/worker")
public class WorkerResource {
  static final int MAX_BODY = 64 * 1024;
  static final int MAX_PAGE = 200;
  static final int FAILED_SHOWN = 20;

  private final WorkerHost host;

  @Inject
  public WorkerResource(WorkerHost host) {
    this.host = host;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response health(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
    Viewer viewer = host.viewers().current();
    if (!host.access().mayConfigure(viewer)) {
      return forbidden(viewer);
    }
    int from = offset == null ? 0 : Math.max(0, offset);
    int size = limit == null ? 50 : Math.max(1, Math.min(limit, MAX_PAGE));
    ChangeQueue queue = host.queue();
    List<ChangeQueue.Parked> parked = queue.parked(from, size);
    Map<Long, IssueRef> keys =
        host.issues().browsable(parked.stream().map(ChangeQueue.Parked::issueId).toList(), viewer);
    ObjectNode answer = Json.MAPPER.createObjectNode();
    answer.put("now", host.clock().instant().toString());
    answer.put("backlog", queue.backlog());
    answer.put("oldestWaiting", queue.oldestWaiting().map(Object::toString).orElse(null));
    answer.put("parkedCount", queue.parkedCount());
    ArrayNode list = answer.putArray("parked");
    for (ChangeQueue.Parked p : parked) {
      ObjectNode node = list.addObject();
      node.put("issueId", p.issueId());
      IssueRef ref = keys.get(p.issueId());
      node.put("issueKey", ref == null ? null : ref.key());
      node.put("attempts", p.attempts());
      node.put("lastError", p.lastError());
      node.put("parkedAt", p.parkedAt() == null ? null : p.parkedAt().toString());
    }
    alerts(answer.putObject("alerts"), viewer);
    return Answers.tree(Response.ok(), answer);
  }

  /** Retries parked issues: {@code {"issueIds": [10001, 10002]}} or {@code {"all": true}}. */
  @POST
  @Path("retry")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response retry(InputStream body) {
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
    ObjectNode answer = Json.MAPPER.createObjectNode();
    if (request.path("all").asBoolean(false)) {
      answer.put("retried", host.queue().retryAllParked(host.clock().instant()));
      return Answers.tree(Response.ok(), answer);
    }
    JsonNode ids = request.get("issueIds");
    if (ids == null || !ids.isArray() || ids.isEmpty()) {
      return Answers.error(Response.Status.BAD_REQUEST, text(viewer, "worker.retryWhat"));
    }
    List<Long> issueIds = new ArrayList<>();
    for (JsonNode id : ids) {
      if (!id.canConvertToLong()) {
        return Answers.error(Response.Status.BAD_REQUEST, text(viewer, "worker.retryWhat"));
      }
      issueIds.add(id.asLong());
    }
    host.queue().retryParked(issueIds, host.clock().instant());
    answer.put("retried", issueIds.size());
    return Answers.tree(Response.ok(), answer);
  }

  /**
   * Reminders and escalations: how many wait to be done or retried, and the last {@value
   * #FAILED_SHOWN} that failed for good, with why (issue keys only where the viewer may browse).
   */
  private void alerts(ObjectNode alerts, Viewer viewer) {
    Map<TriggerLedger.State, Long> backlog = host.triggers().backlog();
    alerts.put("pending", backlog.getOrDefault(TriggerLedger.State.PENDING, 0L));
    alerts.put("claimed", backlog.getOrDefault(TriggerLedger.State.CLAIMED, 0L));
    alerts.put("retrying", backlog.getOrDefault(TriggerLedger.State.RETRY, 0L));
    List<TriggerLedger.Firing> failed = host.triggers().failed(FAILED_SHOWN);
    Map<Long, IssueRef> keys =
        host.issues()
            .browsable(
                failed.stream().map(TriggerLedger.Firing::issueId).distinct().toList(), viewer);
    ArrayNode list = alerts.putArray("failed");
    for (TriggerLedger.Firing f : failed) {
      ObjectNode node = list.addObject();
      node.put("issueId", f.issueId());
      IssueRef ref = keys.get(f.issueId());
      node.put("issueKey", ref == null ? null : ref.key());
      node.put("metricId", f.metricId());
      node.put("trigger", f.triggerId());
      node.put("dueAt", f.dueAt().toString());
      node.put("failedAt", f.updatedAt().toString());
      node.put("outcome", f.outcome());
    }
  }

  private static Response forbidden(Viewer viewer) {
    return Answers.forbidden(viewer);
  }

  private static String text(Viewer viewer, String key, Object... args) {
    return Answers.text(viewer, key, args);
  }
}
