package org.slaclocks.web.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.slaclocks.config.DocumentKind;
import org.slaclocks.config.InvalidConfigurationException;
import org.slaclocks.format.Json;
import org.slaclocks.tracking.RecalculationScope;
import org.slaclocks.tracking.Recalculations;
import org.slaclocks.tracking.Recalculations.Run;
import org.slaclocks.validation.ValidationException;
import org.slaclocks.web.RecalculationHost;
import org.slaclocks.web.host.Viewer;

/**
 * Recalculation of stored clocks for administrators (docs/rest.md): a preview of what the
 * configuration in force would change in a scope's issues (nothing stored), runs that recompute a
 * scope (one at a time), their progress, and cancelling one.
 *
 * <p>Only those the host's {@code ConfigurationAccess} allows get anything (403 otherwise). Bodies
 * are JSON only and at most {@value #MAX_BODY} bytes. A scope is {@code {"scope": "open"}}, {@code
 * "all"}, {@code {"scope": "updated", "since": "2026-05-01T00:00:00Z"}} or {@code {"scope": "jql",
 * "jql": "project = HELP"}}; a preview takes {@code "limit"} (the first issues by id, default
 * 10,000).
 */
@Path("admin/recalculation")
public class RecalculationResource {
  static final int MAX_BODY = 64 * 1024;
  private static final int MAX_LIMIT = 100_000;

  private final RecalculationHost host;

  @Inject
  public RecalculationResource(RecalculationHost host) {
    this.host = host;
  }

  @POST
  @Path("preview")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response preview(InputStream body) {
    return allowed(
        viewer ->
            withForm(
                body,
                viewer,
                (form, scope) -> {
                  int size = limit(form, Recalculations.DEFAULT_PREVIEW_LIMIT);
                  if (size < 0) {
                    return badRequest(text(viewer, "recalc.limit", MAX_LIMIT));
                  }
                  return ok(
                      preview(host.recalculations().preview(scope, size)), Response.Status.OK);
                }));
  }

  /**
   * The body's {@code limit}, or {@code fallback} when it gives none; -1 when it is not a whole
   * number from 1 to {@link #MAX_LIMIT} (a text such as "100" included), for the caller to refuse.
   */
  private static int limit(JsonNode form, int fallback) {
    JsonNode limit = form.get("limit");
    if (limit == null || limit.isNull()) {
      return fallback;
    }
    boolean fits = limit.canConvertToInt() && limit.asInt() >= 1 && limit.asInt() <= MAX_LIMIT;
    return fits ? limit.asInt() : -1;
  }

  /**
   * What-if: a draft of one configuration document ({@code "draft": {"kind", "id", "json"}}) tried
   * on the newest {@code limit} issues of the scope (default 100), beside the configuration in
   * force; nothing is saved or run. A draft that is not valid gets its problems by document and
   * path (400), as a save would.
   */
  @POST
  @Path("whatif")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response whatIf(InputStream body) {
    return allowed(
        viewer ->
            withForm(
                body,
                viewer,
                (form, scope) -> {
                  JsonNode draft = form.path("draft");
                  Optional<DocumentKind> kind = DocumentKind.of(draft.path("kind").asText(""));
                  String id = draft.path("id").asText("");
                  if (kind.isEmpty() || !draft.path("json").isObject()) {
                    return badRequest(text(viewer, "recalc.draftMissing"));
                  }
                  if (kind.get().isSingle() && id.isEmpty()) {
                    id = DocumentKind.SINGLE;
                  }
                  int size = limit(form, 100);
                  if (size < 0) {
                    return badRequest(text(viewer, "recalc.limit", MAX_LIMIT));
                  }
                  org.slaclocks.policy.SlaConfiguration configuration;
                  try {
                    configuration = host.editor().draft(kind.get(), id, draft.get("json"));
                  } catch (InvalidConfigurationException e) {
                    return Answers.invalid(text(viewer, "recalc.draftInvalid"), e.problems());
                  }
                  return ok(
                      preview(host.recalculations().whatIf(configuration, scope, size)),
                      Response.Status.OK);
                }));
  }

  private static ObjectNode preview(Recalculations.Preview p) {
    ObjectNode answer = Json.MAPPER.createObjectNode();
    answer.put("at", p.at().toString());
    answer.put("revision", p.revision());
    answer.put("inScope", p.inScope());
    answer.put("issues", p.issues());
    kind(answer, "metToBreached", p.metToBreached());
    kind(answer, "breachedToMet", p.breachedToMet());
    kind(answer, "changed", p.changed());
    kind(answer, "unchanged", p.unchanged());
    kind(answer, "failed", p.failed());
    return answer;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response start(InputStream body) {
    return allowed(
        viewer ->
            withForm(
                body,
                viewer,
                (form, scope) -> {
                  try {
                    Run run = host.recalculations().start(scope, viewer.userKey());
                    return ok(run(run), Response.Status.OK);
                  } catch (Recalculations.AlreadyRunning e) {
                    return Answers.error(
                        Response.Status.CONFLICT, text(viewer, "recalc.running", e.running().id()));
                  }
                }));
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response runs() {
    return allowed(
        viewer -> {
          ArrayNode runs = Json.MAPPER.createArrayNode();
          host.recalculations().runs(50).forEach(r -> runs.add(run(r)));
          return ok(runs, Response.Status.OK);
        });
  }

  @POST
  @Path("{id}/cancel")
  @Consumes(MediaType.APPLICATION_JSON) // a cross-site form cannot send JSON: no forged cancel
  @Produces(MediaType.APPLICATION_JSON)
  public Response cancel(@PathParam("id") long id) {
    return allowed(
        viewer ->
            host.recalculations()
                .cancel(id, viewer.userKey())
                .map(r -> ok(run(r), Response.Status.OK))
                .orElseGet(
                    () ->
                        Answers.error(
                            Response.Status.NOT_FOUND, text(viewer, "recalc.notFound", id))));
  }

  // ---- the shapes ----

  private static void kind(ObjectNode answer, String name, Recalculations.Kind kind) {
    ObjectNode node = answer.putObject(name);
    node.put("count", kind.count());
    ArrayNode examples = node.putArray("examples");
    kind.examples().forEach(examples::add);
  }

  private static ObjectNode run(Run run) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("id", run.id());
    node.set("scope", scope(run.scope()));
    node.put("requestedBy", run.requestedBy());
    node.put("requestedAt", run.requestedAt().toString());
    node.put("revision", run.targetRevision());
    node.put("status", run.status().name());
    node.put("total", run.total());
    node.put("done", run.done());
    node.put("finishedAt", run.finishedAt() == null ? null : run.finishedAt().toString());
    node.put("cancelledBy", run.cancelledBy());
    return node;
  }

  private static ObjectNode scope(RecalculationScope scope) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("scope", scope.kind().key());
    if (scope.since() != null) {
      node.put("since", scope.since().toString());
    }
    if (scope.jql() != null) {
      node.put("jql", scope.jql());
    }
    return node;
  }

  private interface Work {
    Response answer(Viewer viewer);
  }

  private interface FormWork {
    Response answer(JsonNode form, RecalculationScope scope);
  }

  private Response allowed(Work work) {
    Viewer viewer = host.viewers().current();
    if (!host.access().mayConfigure(viewer)) {
      return Answers.error(Response.Status.FORBIDDEN, text(viewer, "recalc.forbidden"));
    }
    return work.answer(viewer);
  }

  /** Reads the body as a scope form; 400 names what is wrong, 413 for a body too large. */
  private static Response withForm(InputStream body, Viewer viewer, FormWork work) {
    Optional<String> text = read(body);
    if (text.isEmpty()) {
      return Answers.error(
          Response.Status.REQUEST_ENTITY_TOO_LARGE, text(viewer, "recalc.tooLarge", MAX_BODY));
    }
    JsonNode form;
    try {
      form = Json.parse(text.get().isBlank() ? "{}" : text.get(), "request");
    } catch (ValidationException e) {
      return badRequest(e.getMessage());
    }
    if (!form.isObject()) {
      return badRequest(text(viewer, "recalc.scopeMissing"));
    }
    String kind = form.path("scope").asText("");
    Optional<RecalculationScope.Kind> known = RecalculationScope.Kind.of(kind);
    if (known.isEmpty()) {
      return badRequest(text(viewer, "recalc.scopeMissing"));
    }
    RecalculationScope scope;
    try {
      scope =
          switch (known.get()) {
            case OPEN -> RecalculationScope.open();
            case ALL -> RecalculationScope.all();
            case UPDATED ->
                RecalculationScope.updatedSince(Instant.parse(form.path("since").asText("")));
            case JQL -> RecalculationScope.ofJql(form.path("jql").asText(""));
          };
    } catch (DateTimeParseException e) {
      return badRequest(text(viewer, "recalc.since"));
    } catch (IllegalArgumentException e) {
      return badRequest(text(viewer, "recalc.jql", RecalculationScope.MAX_JQL));
    }
    try {
      return work.answer(form, scope);
    } catch (IllegalArgumentException e) {
      return badRequest(text(viewer, "recalc.scopeRefused", e.getMessage()));
    }
  }

  private static Response ok(JsonNode body, Response.Status status) {
    return Answers.tree(Response.status(status), body);
  }

  private static Response badRequest(String message) {
    return Answers.error(Response.Status.BAD_REQUEST, message);
  }

  private static String text(Viewer viewer, String key, Object... args) {
    return Answers.text(viewer, key, args);
  }

  private static Optional<String> read(InputStream body) {
    return Answers.body(body, MAX_BODY);
  }
}
