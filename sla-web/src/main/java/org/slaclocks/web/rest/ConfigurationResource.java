package org.slaclocks.web.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.slaclocks.calendar.BusinessCalendar;
import org.slaclocks.config.ConfigurationEditor;
import org.slaclocks.config.ConfigurationEditor.Outcome;
import org.slaclocks.config.DocumentKind;
import org.slaclocks.config.DocumentProblem;
import org.slaclocks.format.CalendarJson;
import org.slaclocks.format.ICalendarHolidays;
import org.slaclocks.format.Json;
import org.slaclocks.tracking.AuditLog;
import org.slaclocks.tracking.ConfigRepository;
import org.slaclocks.validation.ValidationException;
import org.slaclocks.web.AdminHost;
import org.slaclocks.web.host.Viewer;

/**
 * The SLA configuration for administrators (docs/rest.md): the documents (a calendar, a policy, the
 * policies' order, the agents, the settings), each read and saved on its own with its version, the
 * whole configuration as the policy file (export and import), every document's history, a revert to
 * an earlier revision, and the audit log.
 *
 * <p>Only those the host's {@code ConfigurationAccess} allows (in Jira: Jira administrators) get
 * anything; everyone else gets 403 and nothing else, reads included. Every change is validated as
 * the whole configuration it makes and stored only if that is valid: a refusal lists each problem
 * with its document and path (400); a document someone else saved since it was loaded is refused
 * with 409, and nothing is stored. Writes take JSON only (a cross-site form cannot send it), and at
 * most {@value #MAX_BODY} bytes. Ids go in the query ({@code ?id=24/7}), since a calendar's name
 * may hold a slash.
 */
@Path("admin")
public class ConfigurationResource {
  /** The largest request body taken: ten times the bundled example policy file and more. */
  static final int MAX_BODY = 1 << 20;

  private final AdminHost host;

  @Inject
  public ConfigurationResource(AdminHost host) {
    this.host = host;
  }

  @GET
  @Path("configuration")
  @Produces(MediaType.APPLICATION_JSON)
  public Response exportFile(@QueryParam("download") boolean download) {
    return allowed(
        viewer -> {
          Response.ResponseBuilder answer = Response.ok().header("X-Sla-Revision", revision());
          if (download) {
            answer.header("Content-Disposition", "attachment; filename=\"sla-policies.json\"");
          }
          return Answers.tree(answer, host.editor().exportFile());
        });
  }

  @PUT
  @Path("configuration")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response importFile(InputStream body) {
    return allowed(
        viewer -> {
          Optional<String> text = read(body);
          if (text.isEmpty()) {
            return tooLarge(viewer);
          }
          return outcome(host.editor().importFile(text.get(), viewer.userKey()), viewer);
        });
  }

  @GET
  @Path("documents")
  @Produces(MediaType.APPLICATION_JSON)
  public Response documents() {
    return allowed(
        viewer -> {
          ConfigurationEditor.Current current = host.editor().current();
          ObjectNode answer = Json.MAPPER.createObjectNode();
          answer.put("revision", current.revision());
          ArrayNode documents = answer.putArray("documents");
          current.documents().forEach(d -> documents.add(stored(d)));
          return Answers.tree(Response.ok(), answer);
        });
  }

  @GET
  @Path("documents/{kind}")
  @Produces(MediaType.APPLICATION_JSON)
  public Response document(@PathParam("kind") String kind, @QueryParam("id") String id) {
    return allowed(
        viewer ->
            withKind(
                kind,
                id,
                viewer,
                (k, docId) ->
                    host.editor()
                        .current()
                        .find(k, docId)
                        .map(d -> Answers.tree(Response.ok(), stored(d)))
                        .orElseGet(() -> notFound(viewer, k, docId))));
  }

  @PUT
  @Path("documents/{kind}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response save(
      @PathParam("kind") String kind, @QueryParam("id") String id, InputStream body) {
    return allowed(
        viewer ->
            withKind(
                kind,
                id,
                viewer,
                (k, docId) ->
                    jsonBody(
                        body,
                        viewer,
                        request -> {
                          JsonNode version = request.get("version");
                          JsonNode json = request.get("json");
                          if (version == null
                              || !version.canConvertToInt()
                              || version.asInt() < 0) {
                            return badRequest(text(viewer, "admin.versionMissing"));
                          }
                          if (json == null || !json.isObject()) {
                            return badRequest(text(viewer, "admin.jsonMissing"));
                          }
                          return outcome(
                              host.editor().save(k, docId, version.asInt(), json, viewer.userKey()),
                              viewer);
                        })));
  }

  @DELETE
  @Path("documents/{kind}")
  @Produces(MediaType.APPLICATION_JSON)
  public Response delete(
      @PathParam("kind") String kind,
      @QueryParam("id") String id,
      @QueryParam("version") Integer version) {
    return allowed(
        viewer ->
            withKind(
                kind,
                id,
                viewer,
                (k, docId) -> {
                  if (version == null || version < 1) {
                    return badRequest(text(viewer, "admin.versionMissing"));
                  }
                  return outcome(host.editor().delete(k, docId, version, viewer.userKey()), viewer);
                }));
  }

  @GET
  @Path("documents/{kind}/history")
  @Produces(MediaType.APPLICATION_JSON)
  public Response history(@PathParam("kind") String kind, @QueryParam("id") String id) {
    return allowed(
        viewer ->
            withKind(
                kind,
                id,
                viewer,
                (k, docId) -> {
                  ArrayNode versions = Json.MAPPER.createArrayNode();
                  for (ConfigRepository.Document d : host.editor().history(k, docId)) {
                    ObjectNode v = versions.addObject();
                    v.put("version", d.version());
                    v.put("revision", d.revision());
                    v.put("author", d.author());
                    v.put("savedAt", d.savedAt().toString());
                    v.put("deleted", d.isDeleted());
                    if (!d.isDeleted()) {
                      v.set("json", Json.parse(d.json(), "stored document"));
                    }
                  }
                  return Answers.tree(Response.ok(), versions);
                }));
  }

  @POST
  @Path("revert")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response revert(InputStream body) {
    return allowed(
        viewer ->
            jsonBody(
                body,
                viewer,
                request -> {
                  JsonNode revision = request.get("revision");
                  if (revision == null || !revision.canConvertToLong()) {
                    return badRequest(text(viewer, "admin.revisionMissing"));
                  }
                  return outcome(host.editor().revert(revision.asLong(), viewer.userKey()), viewer);
                }));
  }

  /**
   * The live preview of a calendar being edited (saved or not): when {@code hours} of working time
   * from now end in it ({@code {"json": calendar, "hours": 8}}), as an instant and in the
   * calendar's own time zone. A calendar that is not valid gets its problems, by path, as a save
   * would.
   */
  @POST
  @Path("calendars/preview")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response calendarPreview(InputStream body) {
    return allowed(
        viewer -> {
          Optional<String> text = read(body);
          if (text.isEmpty()) {
            return tooLarge(viewer);
          }
          JsonNode request;
          BusinessCalendar calendar;
          try {
            request = Json.parse(text.get(), "request");
            calendar = CalendarJson.read(request.path("json"));
          } catch (ValidationException e) {
            return Answers.invalid(
                text(viewer, "admin.invalid", e.problems().size()),
                e.problems().stream()
                    .map(
                        p ->
                            new DocumentProblem(DocumentKind.CALENDAR, null, p.path(), p.message()))
                    .toList());
          }
          double hours = request.path("hours").asDouble(8);
          if (!(hours > 0 && hours <= 10_000)) {
            return badRequest(text(viewer, "admin.previewHours"));
          }
          java.time.Instant now = host.clock().instant();
          java.time.Instant end;
          try {
            end = calendar.deadline(now, java.time.Duration.ofSeconds(Math.round(hours * 3600)));
          } catch (RuntimeException e) {
            return badRequest(e.getMessage());
          }
          java.time.ZonedDateTime local = end.atZone(calendar.zone());
          ObjectNode answer = Json.MAPPER.createObjectNode();
          answer.put("from", now.toString());
          answer.put("hours", hours);
          answer.put("endsAt", end.toString());
          answer.put(
              "endsAtText",
              text(
                  viewer,
                  "admin.previewEnds",
                  hours % 1 == 0 ? Long.toString((long) hours) : Double.toString(hours),
                  java.time.format.DateTimeFormatter.ofPattern(
                          "EEEE d MMMM yyyy HH:mm", viewer.locale())
                      .format(local),
                  calendar.zone().getId()));
          return Answers.tree(Response.ok(), answer);
        });
  }

  /**
   * Holidays from an iCalendar file (a public-holiday feed, a company closure calendar) merged into
   * a calendar's document, as a preview: nothing is saved. The answer is the calendar with the new
   * dates, which the administrator saves as usual, and what was added, not added (already listed)
   * and skipped (an event with a time of day, a cancelled one), each with its reason.
   */
  @POST
  @Path("holidays")
  @Consumes({"text/calendar", MediaType.TEXT_PLAIN})
  @Produces(MediaType.APPLICATION_JSON)
  public Response holidays(
      @QueryParam("calendar") String calendar,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      InputStream body) {
    return allowed(
        viewer -> {
          Optional<ConfigurationEditor.Stored> stored =
              calendar == null
                  ? Optional.empty()
                  : host.editor().current().find(DocumentKind.CALENDAR, calendar);
          if (stored.isEmpty()) {
            return notFound(viewer, DocumentKind.CALENDAR, calendar == null ? "" : calendar);
          }
          java.time.LocalDate first;
          java.time.LocalDate last;
          try {
            first = java.time.LocalDate.parse(from);
            last = java.time.LocalDate.parse(to);
          } catch (RuntimeException e) {
            return badRequest(text(viewer, "admin.holidayRange"));
          }
          ICalendarHolidays.Result read;
          ICalendarHolidays.Merged merged;
          try {
            read = ICalendarHolidays.read(body, first, last);
            merged =
                ICalendarHolidays.withHolidays(
                    (ObjectNode) stored.get().document().json().deepCopy(), read);
          } catch (ValidationException e) {
            return badRequest(e.getMessage());
          }
          ObjectNode answer = Json.MAPPER.createObjectNode();
          answer.put("version", stored.get().version());
          answer.set("json", merged.calendar());
          ArrayNode added = answer.putArray("added");
          merged
              .added()
              .forEach(
                  h -> added.addObject().put("date", h.date().toString()).put("name", h.name()));
          ArrayNode notAdded = answer.putArray("notAdded");
          merged.notAdded().forEach(sk -> skipped(notAdded, sk));
          ArrayNode skipped = answer.putArray("skipped");
          read.skipped().forEach(sk -> skipped(skipped, sk));
          return Answers.tree(Response.ok(), answer);
        });
  }

  @GET
  @Path("audit")
  @Produces(MediaType.APPLICATION_JSON)
  public Response audit(@QueryParam("before") Long before, @QueryParam("limit") Integer limit) {
    return allowed(
        viewer -> {
          int size = limit == null ? 50 : Math.max(1, Math.min(limit, 200));
          List<AuditLog.Entry> page =
              host.audit().page(before == null ? Long.MAX_VALUE : before, size);
          ArrayNode entries = Json.MAPPER.createArrayNode();
          for (AuditLog.Entry e : page) {
            ObjectNode entry = entries.addObject();
            entry.put("id", e.id());
            entry.put("at", e.at().toString());
            entry.put("actor", e.actor());
            entry.put("action", e.action());
            entry.put("subject", e.subject());
            entry.put("before", e.before());
            entry.put("after", e.after());
            entry.put("details", e.details());
          }
          return Answers.tree(Response.ok(), entries);
        });
  }

  // ---- the shapes ----

  private interface JsonWork {
    Response answer(JsonNode request);
  }

  /** The body read (at most {@link #MAX_BODY} bytes) and parsed as JSON, or the refusal. */
  private static Response jsonBody(InputStream body, Viewer viewer, JsonWork work) {
    Optional<String> text = read(body);
    if (text.isEmpty()) {
      return tooLarge(viewer);
    }
    JsonNode request;
    try {
      request = Json.parse(text.get(), "request");
    } catch (ValidationException e) {
      return badRequest(e.getMessage());
    }
    return work.answer(request);
  }

  private static void skipped(ArrayNode list, ICalendarHolidays.Skipped skipped) {
    list.addObject()
        .put("date", skipped.date().toString())
        .put("name", skipped.name())
        .put("reason", skipped.reason());
  }

  private interface Work {
    Response answer(Viewer viewer);
  }

  private interface KindWork {
    Response answer(DocumentKind kind, String id);
  }

  private Response allowed(Work work) {
    Viewer viewer = host.viewers().current();
    if (!host.access().mayConfigure(viewer)) {
      return Answers.forbidden(viewer);
    }
    return work.answer(viewer);
  }

  private static Response withKind(String kind, String id, Viewer viewer, KindWork work) {
    Optional<DocumentKind> known = DocumentKind.of(kind);
    if (known.isEmpty()) {
      return Answers.error(
          Response.Status.NOT_FOUND, text(viewer, "admin.unknownKind", kind, kinds()));
    }
    String docId =
        known.get().isSingle() && (id == null || id.isEmpty()) ? DocumentKind.SINGLE : id;
    if (docId == null || docId.isBlank()) {
      return badRequest(text(viewer, "admin.idMissing", kind));
    }
    return work.answer(known.get(), docId);
  }

  private static String kinds() {
    return String.join(
        ", ", java.util.Arrays.stream(DocumentKind.values()).map(DocumentKind::key).toList());
  }

  private long revision() {
    return host.editor().current().revision();
  }

  private static ObjectNode stored(ConfigurationEditor.Stored d) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("kind", d.document().kind().key());
    node.put("id", d.document().id());
    node.put("version", d.version());
    node.put("revision", d.revision());
    node.put("author", d.author());
    node.put("savedAt", d.at().toString());
    node.set("json", d.document().json());
    return node;
  }

  private static Response outcome(Outcome outcome, Viewer viewer) {
    if (outcome instanceof Outcome.Saved saved) {
      ObjectNode answer = Json.MAPPER.createObjectNode();
      answer.put("revision", saved.revision());
      ArrayNode documents = answer.putArray("documents");
      saved.documents().forEach(d -> documents.add(stored(d)));
      return Answers.tree(Response.ok(), answer);
    }
    if (outcome instanceof Outcome.Unchanged unchanged) {
      ObjectNode answer = Json.MAPPER.createObjectNode();
      answer.put("revision", unchanged.revision());
      answer.putArray("documents");
      return Answers.tree(Response.ok(), answer);
    }
    if (outcome instanceof Outcome.Conflict conflict) {
      return Answers.error(Response.Status.CONFLICT, conflict.message());
    }
    List<DocumentProblem> problems = ((Outcome.Invalid) outcome).problems();
    return Answers.invalid(text(viewer, "admin.invalid", problems.size()), problems);
  }

  private static Response badRequest(String message) {
    return Answers.error(Response.Status.BAD_REQUEST, message);
  }

  private static Response notFound(Viewer viewer, DocumentKind kind, String id) {
    return Answers.error(Response.Status.NOT_FOUND, text(viewer, "admin.notFound", kind.key(), id));
  }

  private static Response tooLarge(Viewer viewer) {
    return Answers.error(
        Response.Status.REQUEST_ENTITY_TOO_LARGE, text(viewer, "admin.tooLarge", MAX_BODY));
  }

  private static String text(Viewer viewer, String key, Object... args) {
    return Answers.text(viewer, key, args);
  }

  private static Optional<String> read(InputStream body) {
    return Answers.body(body, MAX_BODY);
  }
}
