package org.slaclocks.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recalculation through the REST API on a started sandbox: the administrator tightens a goal,
 * previews (clocks that would go from met to breached), starts a run, follows it until it is done,
 * and the clock shows the new goal; an agent is refused; a second run while one runs is
 * refused; a finished run cannot be cancelled any more.
 */
class RecalculationHttpTest {
  static final Instant NOW = Instant.parse("2026-04-28T09:30:00Z");
  static final String ADMIN = "sla-sandbox-person=admin";
  static final String AGENT = "sla-sandbox-person=agent.anna";
  private static final String BASE = "/rest/sla/1.0/admin/recalculation";
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

  static HttpResponse<String> send(String method, String path, String cookie, String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + sandbox.port() + path))
            .header("Cookie", cookie);
    if (body != null) {
      request.header("Content-Type", "application/json");
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

  private static String firstResponseState(String key) throws Exception {
    JsonNode clocks = json(send("GET", "/rest/sla/1.0/issue/" + key, ADMIN, null), 200);
    for (JsonNode clock : clocks.get("clocks")) {
      if (clock.get("metricId").asText().equals("first-response")) {
        return clock.get("state").asText();
      }
    }
    throw new AssertionError("no first-response clock on " + key + ": " + clocks);
  }

  @Test
  void anAdministratorRecomputesTheClocksOfATightenedGoal() throws Exception {
    // An agent gets nothing, not even a preview.
    assertThat(send("POST", BASE + "/preview", AGENT, "{\"scope\":\"all\"}").statusCode())
        .isEqualTo(403);
    assertThat(send("GET", BASE, AGENT, null).statusCode()).isEqualTo(403);
    assertThat(
            json(send("POST", BASE, ADMIN, "{\"scope\":\"sometimes\"}"), 400)
                .get("message")
                .asText())
        .contains("\"open\"");

    // The administrator tightens the standard policy's first response goal to one minute.
    JsonNode policy =
        json(send("GET", "/rest/sla/1.0/admin/documents/policy?id=standard", ADMIN, null), 200);
    ObjectNode document = (ObjectNode) policy.get("json").deepCopy();
    for (JsonNode metric : document.get("metrics")) {
      if (metric.get("id").asText().equals("first-response")) {
        for (JsonNode goal : (ArrayNode) metric.get("goals")) {
          ((ObjectNode) goal).put("target", "1m").remove("internalTarget");
        }
      }
    }
    // What-if first: the draft tried on the newest 200 issues, nothing saved.
    long revisionBefore =
        json(send("GET", "/rest/sla/1.0/admin/documents", ADMIN, null), 200)
            .get("revision")
            .asLong();
    ObjectNode whatIf = JSON.createObjectNode();
    whatIf.put("scope", "all");
    whatIf.put("limit", 200);
    ObjectNode draft = whatIf.putObject("draft");
    draft.put("kind", "policy");
    draft.put("id", "standard");
    draft.set("json", document);
    JsonNode tried = json(send("POST", BASE + "/whatif", ADMIN, whatIf.toString()), 200);
    assertThat(tried.get("issues").asInt()).isEqualTo(200);
    assertThat(tried.get("metToBreached").get("count").asInt()).isPositive();
    assertThat(tried.get("breachedToMet").get("count").asInt()).isZero();
    assertThat(
            json(send("GET", "/rest/sla/1.0/admin/documents", ADMIN, null), 200)
                .get("revision")
                .asLong())
        .as("a what-if saves nothing")
        .isEqualTo(revisionBefore);
    ObjectNode broken = document.deepCopy();
    broken.put("id", "premium");
    draft.set("json", broken);
    JsonNode refused = json(send("POST", BASE + "/whatif", ADMIN, whatIf.toString()), 400);
    assertThat(refused.get("problems").get(0).get("path").asText()).isEqualTo("id");
    assertThat(send("POST", BASE + "/whatif", AGENT, whatIf.toString()).statusCode())
        .isEqualTo(403);
    for (String limit : List.of("\"lots\"", "\"100\"", "0", "2.5")) {
      ObjectNode badLimit = whatIf.deepCopy();
      badLimit.set("limit", JSON.readTree(limit));
      assertThat(send("POST", BASE + "/whatif", ADMIN, badLimit.toString()).statusCode())
          .as("a what-if limit of " + limit + " is refused, as a preview's is")
          .isEqualTo(400);
    }

    ObjectNode save = JSON.createObjectNode();
    save.put("version", policy.get("version").asInt());
    save.set("json", document);
    long revision =
        json(
                send(
                    "PUT",
                    "/rest/sla/1.0/admin/documents/policy?id=standard",
                    ADMIN,
                    save.toString()),
                200)
            .get("revision")
            .asLong();

    JsonNode preview = json(send("POST", BASE + "/preview", ADMIN, "{\"scope\":\"all\"}"), 200);
    assertThat(preview.get("revision").asLong()).isEqualTo(revision);
    assertThat(preview.get("issues").asInt())
        .isEqualTo(preview.get("inScope").asInt())
        .isPositive();
    assertThat(preview.at("/metToBreached/count").asInt()).isPositive();
    assertThat(preview.at("/breachedToMet/count").asInt()).as("only tightened").isZero();
    assertThat(preview.at("/unchanged/count").asInt()).as("vip and operations").isPositive();
    assertThat(preview.at("/metToBreached/examples")).hasSizeBetween(1, 10);
    String example = preview.at("/metToBreached/examples/0").asText();
    String before = firstResponseState(example);
    JsonNode limited =
        json(send("POST", BASE + "/preview", ADMIN, "{\"scope\":\"all\",\"limit\":5}"), 200);
    assertThat(limited.get("issues").asInt()).isEqualTo(5);

    JsonNode run = json(send("POST", BASE, ADMIN, "{\"scope\":\"all\"}"), 200);
    assertThat(run.get("status").asText()).isEqualTo("RUNNING");
    assertThat(run.get("total").asInt()).isEqualTo(preview.get("inScope").asInt());
    assertThat(run.get("revision").asLong()).isEqualTo(revision);
    assertThat(send("POST", BASE, ADMIN, "{\"scope\":\"open\"}").statusCode())
        .as("one run at a time")
        .isIn(409, 200); // 200 only if the first one already finished

    JsonNode latest = null;
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      latest = json(send("GET", BASE, ADMIN, null), 200).get(0);
      if (latest.get("id").asLong() == run.get("id").asLong()
          && latest.get("status").asText().equals("DONE")) {
        break;
      }
      Thread.sleep(200);
    }
    JsonNode runs = json(send("GET", BASE, ADMIN, null), 200);
    JsonNode done = null;
    for (JsonNode r : runs) {
      if (r.get("id").asLong() == run.get("id").asLong()) {
        done = r;
      }
    }
    assertThat(done).isNotNull();
    assertThat(done.get("status").asText()).as(String.valueOf(latest)).isEqualTo("DONE");
    assertThat(done.get("done").asInt()).isEqualTo(done.get("total").asInt());

    String after = firstResponseState(example);
    assertThat(after).isNotEqualTo(before);
    assertThat(after.toUpperCase(Locale.ROOT)).contains("BREACH");
    JsonNode again = json(send("POST", BASE + "/preview", ADMIN, "{\"scope\":\"all\"}"), 200);
    assertThat(again.at("/metToBreached/count").asInt()).as("nothing left to change").isZero();

    HttpRequest form =
        HttpRequest.newBuilder(
                URI.create(
                    "http://127.0.0.1:"
                        + sandbox.port()
                        + BASE
                        + "/"
                        + run.get("id").asLong()
                        + "/cancel"))
            .header("Cookie", ADMIN)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("x=1"))
            .build();
    assertThat(http.send(form, HttpResponse.BodyHandlers.ofString()).statusCode())
        .as("a cross-site form cannot cancel a run")
        .isEqualTo(415);
    JsonNode cancelled =
        json(send("POST", BASE + "/" + run.get("id").asLong() + "/cancel", ADMIN, "{}"), 200);
    assertThat(cancelled.get("status").asText()).as("already done").isEqualTo("DONE");
    assertThat(send("POST", BASE + "/999999/cancel", ADMIN, "{}").statusCode()).isEqualTo(404);

    JsonNode audit = json(send("GET", "/rest/sla/1.0/admin/audit", ADMIN, null), 200);
    assertThat(audit.findValuesAsText("action")).contains("recalculation.started");
  }
}
