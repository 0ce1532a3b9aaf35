package org.slaclocks.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The administration REST API on a started sandbox, as an administrator, an agent and a manager use
 * it: documents read and saved with their versions, mistakes told by document and path with nothing
 * stored, concurrent saves of one document (one wins, the other is told), import and export,
 * revert, the audit log, and bodies that are malformed, too large or not JSON.
 */
class AdminHttpTest {
  static final Instant NOW = Instant.parse("2026-04-28T09:30:00Z");
  static final String ADMIN = "sla-sandbox-person=admin";
  static final String AGENT = "sla-sandbox-person=agent.anna";
  static final String MANAGER = "sla-sandbox-person=manager.mia";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path data;
  static Sandbox sandbox;
  static HttpClient http;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start(new Sandbox.Options(null, List.of(), NOW, 0, data));
    http = HttpClient.newHttpClient();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  static HttpResponse<String> send(
      String method, String path, String cookie, String contentType, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + sandbox.port() + path))
            .header("Cookie", cookie);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return JSON.readTree(response.body());
  }

  static String path(String kind, String id) {
    return "/rest/sla/1.0/admin/documents/"
        + kind
        + "?id="
        + URLEncoder.encode(id, StandardCharsets.UTF_8);
  }

  static JsonNode document(String kind, String id) throws Exception {
    return json(send("GET", path(kind, id), ADMIN, null, null), 200);
  }

  static HttpResponse<String> save(String kind, String id, int version, JsonNode json, String who)
      throws Exception {
    ObjectNode body = JSON.createObjectNode();
    body.put("version", version);
    body.set("json", json);
    return send("PUT", path(kind, id), who, "application/json", body.toString());
  }

  @Test
  void onlyTheAdministratorSeesOrChangesTheConfiguration() throws Exception {
    for (String who : List.of(AGENT, MANAGER)) {
      assertThat(send("GET", "/rest/sla/1.0/admin/documents", who, null, null).statusCode())
          .isEqualTo(403);
      assertThat(send("GET", "/rest/sla/1.0/admin/configuration", who, null, null).statusCode())
          .isEqualTo(403);
      HttpResponse<String> refused =
          save("calendar", "24/7", 1, JSON.readTree("{\"name\":\"24/7\"}"), who);
      assertThat(json(refused, 403).get("message").asText())
          .contains(who.equals(AGENT) ? "Jira-beheerders" : "Jira administrators");
    }
    assertThat(
            json(send("GET", "/rest/sla/1.0/admin/documents", ADMIN, null, null), 200)
                .get("documents"))
        .extracting(d -> d.get("kind").asText() + "/" + d.get("id").asText())
        .contains("calendar/24/7", "policy/vip", "policy-order/default", "agents/default");
  }

  @Test
  void aMistakeIsToldNextToItsFieldAndNothingIsStored() throws Exception {
    JsonNode before = document("calendar", "EMEA office");
    ObjectNode calendar = (ObjectNode) before.get("json").deepCopy();
    calendar.put("zone", "Europe/Amstredam");

    JsonNode refused =
        json(save("calendar", "EMEA office", before.get("version").asInt(), calendar, ADMIN), 400);

    assertThat(refused.get("problems"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.get("kind").asText()).isEqualTo("calendar");
              assertThat(p.get("id").asText()).isEqualTo("EMEA office");
              assertThat(p.get("path").asText()).isEqualTo("zone");
              assertThat(p.get("message").asText()).contains("Europe/Amstredam");
            });
    assertThat(document("calendar", "EMEA office")).isEqualTo(before);
  }

  @Test
  void twoAdministratorsSavingTheSameCalendarTheSecondIsToldAndTheAuditLogHasTheFirst()
      throws Exception {
    JsonNode loaded = document("calendar", "Americas office");
    int version = loaded.get("version").asInt();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<HttpResponse<String>>> saves =
          List.of(
              () ->
                  save(
                      "calendar",
                      "Americas office",
                      version,
                      withHoliday(loaded, "2026-08-14"),
                      ADMIN),
              () ->
                  save(
                      "calendar",
                      "Americas office",
                      version,
                      withHoliday(loaded, "2026-08-17"),
                      ADMIN));
      List<Future<HttpResponse<String>>> done = pool.invokeAll(saves);
      List<Integer> statuses =
          List.of(done.get(0).get().statusCode(), done.get(1).get().statusCode());
      assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    } finally {
      pool.shutdown();
    }
    JsonNode after = document("calendar", "Americas office");
    assertThat(after.get("version").asInt()).isEqualTo(version + 1);
    JsonNode audit = json(send("GET", "/rest/sla/1.0/admin/audit?limit=1", ADMIN, null, null), 200);
    assertThat(audit.get(0).get("action").asText()).isEqualTo("calendar.saved");
    assertThat(audit.get(0).get("subject").asText()).isEqualTo("calendar/Americas office");
    assertThat(audit.get(0).get("after").asText()).isEqualTo(after.get("json").toString());
  }

  private static JsonNode withHoliday(JsonNode loaded, String date) {
    ObjectNode calendar = (ObjectNode) loaded.get("json").deepCopy();
    ArrayNode holidays =
        calendar.has("holidays")
            ? (ArrayNode) calendar.get("holidays")
            : calendar.putArray("holidays");
    holidays.add(date);
    return calendar;
  }

  @Test
  void theConfigurationIsExportedAsThePolicyFileAndAnImportOfItChangesNothing() throws Exception {
    HttpResponse<String> export =
        send("GET", "/rest/sla/1.0/admin/configuration?download=true", ADMIN, null, null);
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Disposition").orElse(""))
        .contains("sla-policies.json");

    JsonNode imported =
        json(
            send(
                "PUT",
                "/rest/sla/1.0/admin/configuration",
                ADMIN,
                "application/json",
                export.body()),
            200);

    assertThat(imported.get("documents")).isEmpty();
  }

  @Test
  void badBodiesGetSpecificAnswers() throws Exception {
    assertThat(
            json(
                    send(
                        "PUT",
                        path("policy", "vip"),
                        ADMIN,
                        "application/json",
                        "{\"version\": 1,"),
                    400)
                .get("message")
                .asText())
        .contains("malformed JSON");
    assertThat(
            json(
                    send("PUT", path("policy", "vip"), ADMIN, "application/json", "{\"json\": {}}"),
                    400)
                .get("message")
                .asText())
        .contains("version");
    assertThat(
            send("PUT", path("policy", "vip"), ADMIN, "text/plain", "{\"version\":1,\"json\":{}}")
                .statusCode())
        .as("a cross-site form cannot send JSON; anything else is refused")
        .isEqualTo(415);
    String huge = "{\"version\": 1, \"json\": {\"x\": \"" + "y".repeat(1 << 20) + "\"}}";
    assertThat(send("PUT", path("policy", "vip"), ADMIN, "application/json", huge).statusCode())
        .isEqualTo(413);
    assertThat(
            json(send("GET", path("colour", "red"), ADMIN, null, null), 404)
                .get("message")
                .asText())
        .contains("calendar, policy, policy-order, agents, settings");
  }

  @Test
  void holidaysFromAnICalendarFileArePreviewedInTheCalendarAndSavedAsUsual() throws Exception {
    String ics =
        String.join(
            "\r\n",
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//test//EN",
            "BEGIN:VEVENT",
            "UID:kings-day@example.com",
            "DTSTAMP:20251101T120000Z",
            "SUMMARY:Koningsdag",
            "DTSTART;VALUE=DATE:20260427",
            "DTEND;VALUE=DATE:20260428",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:team-day@example.com",
            "DTSTAMP:20251101T120000Z",
            "SUMMARY:Team afternoon",
            "DTSTART;TZID=Europe/Amsterdam:20260611T130000",
            "DTEND;TZID=Europe/Amsterdam:20260611T170000",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:closure@example.com",
            "DTSTAMP:20251101T120000Z",
            "SUMMARY:Summer closure",
            "DTSTART;VALUE=DATE:20260807",
            "DTEND;VALUE=DATE:20260808",
            "END:VEVENT",
            "END:VCALENDAR",
            "");
    String preview =
        "/rest/sla/1.0/admin/holidays?calendar=EMEA%20office&from=2026-01-01&to=2026-12-31";
    long revision =
        json(send("GET", "/rest/sla/1.0/admin/documents", ADMIN, null, null), 200)
            .get("revision")
            .asLong();

    JsonNode answer = json(send("POST", preview, ADMIN, "text/calendar", ics), 200);

    assertThat(answer.get("added"))
        .extracting(a -> a.get("date").asText())
        .containsExactly("2026-08-07");
    assertThat(answer.get("notAdded"))
        .extracting(a -> a.get("date").asText())
        .as("already a holiday of the calendar")
        .containsExactly("2026-04-27");
    assertThat(answer.get("skipped"))
        .singleElement()
        .satisfies(sk -> assertThat(sk.get("reason").asText()).contains("13:00"));
    assertThat(
            json(send("GET", "/rest/sla/1.0/admin/documents", ADMIN, null, null), 200)
                .get("revision")
                .asLong())
        .as("a preview saves nothing")
        .isEqualTo(revision);
    json(
        save("calendar", "EMEA office", answer.get("version").asInt(), answer.get("json"), ADMIN),
        200);
    assertThat(document("calendar", "EMEA office").get("json").get("holidays").toString())
        .contains("2026-08-07");
    assertThat(
            json(send("POST", preview, ADMIN, "text/calendar", "BEGIN:VCALENDAR\r\n"), 400)
                .get("message")
                .asText())
        .isNotBlank();
    assertThat(send("POST", preview, AGENT, "text/calendar", ics).statusCode()).isEqualTo(403);
  }

  @Test
  void revertingBringsAnEarlierRevisionBack() throws Exception {
    JsonNode order = document("policy-order", "default");
    long revision =
        json(send("GET", "/rest/sla/1.0/admin/documents", ADMIN, null, null), 200)
            .get("revision")
            .asLong();
    ObjectNode reordered = JSON.createObjectNode();
    reordered.putArray("order").add("standard").add("vip").add("operations");
    json(save("policy-order", "default", order.get("version").asInt(), reordered, ADMIN), 200);

    json(
        send(
            "POST",
            "/rest/sla/1.0/admin/revert",
            ADMIN,
            "application/json",
            "{\"revision\": " + revision + "}"),
        200);

    assertThat(document("policy-order", "default").get("json").get("order").get(0).asText())
        .isEqualTo(order.get("json").get("order").get(0).asText());
  }
}
