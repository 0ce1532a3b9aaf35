package org.slaclocks.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slaclocks.clock.SlaClock;

/**
 * The sandbox as a browser meets it, over HTTP on a started server: the pages, what a person who
 * may not browse the project gets (exactly what an unknown issue gets), the REST answers, the
 * header's forms, the static files, and the loopback-only binding.
 */
class SandboxHttpTest {
  static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");
  static final String GUEST = "sla-sandbox-person=guest.gus";
  static final String AGENT_EN = "sla-sandbox-person=agent.anna; sla-sandbox-language=en";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path data;
  static Sandbox sandbox;
  static HttpClient http;

  @BeforeAll
  static void start() {
    // No --policies/--issues: the bundled sample, as `sla serve` with no arguments serves it.
    sandbox = Sandbox.start(new Sandbox.Options(null, List.of(), NOW, 0, data));
    http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  static HttpResponse<String> get(String path, String cookie) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).GET();
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(String path, String form, String cookie) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String base() {
    return "http://127.0.0.1:" + sandbox.port();
  }

  static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void theListShowsFiftyIssuesWithACountdownCellPerMetric() throws Exception {
    HttpResponse<String> page = get("/", AGENT_EN);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    // both bundled desks: 300 HELP and 60 OPS issues
    assertThat(page.body()).contains("data-sla-sandbox-banner", "data-sla-sandbox-count=\"360\"");
    assertThat(count(page.body(), "<tr class=\"sla-sandbox-issue\"")).isEqualTo(50);
    // four metrics in the sample's policies: a placeholder of the web layer per metric and issue
    assertThat(count(page.body(), "data-sla-sandbox-metric=\"")).isEqualTo(4);
    assertThat(count(page.body(), "data-sla-placeholder ")).isEqualTo(200);
    assertThat(page.body()).contains("data-sla-sandbox-page=\"1\" data-sla-sandbox-pages=\"8\"");
    // newest first, as Jira's navigator
    List<Instant> created = new ArrayList<>();
    Matcher keys = Pattern.compile("data-issue-key=\"([A-Z]+-\\d+)\"").matcher(page.body());
    while (keys.find()) {
      created.add(
          sandbox.tracking().issues().byKey(keys.group(1)).orElseThrow().history().createdAt());
    }
    assertThat(created).hasSize(50).isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void sortingByAMetricOrdersIssuesByTheirStoredBreachInstant() throws Exception {
    HttpResponse<String> page = get("/?sort=resolution&order=asc", AGENT_EN);

    assertThat(page.statusCode()).isEqualTo(200);
    List<Long> ids = new ArrayList<>();
    Matcher m = Pattern.compile("data-issue-id=\"(\\d+)\"").matcher(page.body());
    while (m.find()) {
      ids.add(Long.parseLong(m.group(1)));
    }
    assertThat(ids).hasSize(50);
    Map<Long, Instant> breach =
        IssueListPage.breachInstants(
            ids, "resolution", sandbox.tracking().clocks(), sandbox.tracking().configuration());
    List<Instant> shown = ids.stream().map(breach::get).toList();
    // Issues with a breach instant first, earliest first; those without one (met in time, not
    // started) after them.
    List<Instant> known = shown.stream().takeWhile(java.util.Objects::nonNull).toList();
    assertThat(known).hasSizeGreaterThan(5).isSorted();
    assertThat(shown.subList(known.size(), shown.size())).containsOnlyNulls();
    assertThat(page.body()).contains("aria-sort=\"ascending\"");

    HttpResponse<String> descending = get("/?sort=resolution&order=desc", AGENT_EN);
    assertThat(descending.body()).contains("aria-sort=\"descending\"");
    long latest = ids.get(known.size() - 1);
    assertThat(descending.body().indexOf("data-issue-id=\"" + latest + "\""))
        .isGreaterThan(0)
        .isLessThan(descending.body().indexOf("data-issue-id=\"" + ids.get(0) + "\""));
  }

  @Test
  void theIssuePageShowsTheFieldsTheCountdownFieldsAndThePanel() throws Exception {
    HttpResponse<String> page = get("/browse/HELP-300", AGENT_EN);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains(
            "data-sla-sandbox-issue-key=\"HELP-300\"",
            "data-sla-sandbox-banner",
            "class=\"sla-sandbox-panel\"",
            "Time is frozen at");
    String summary = sandbox.tracking().issues().byKey("HELP-300").orElseThrow().fields().summary();
    assertThat(page.body()).contains(HtmlEscapingHandler.escape(summary));
    int shownClocks =
        sandbox
            .tracking()
            .clocks()
            .load(10300)
            .orElseThrow()
            .clocks()
            .at(NOW, sandbox.tracking().configuration())
            .size();
    assertThat(shownClocks).isPositive();
    assertThat(count(page.body(), "class=\"sla-sandbox-countdown-field\"")).isEqualTo(shownClocks);
  }

  @Test
  void pagesSpeakThePersonsLanguageUnlessAnotherIsChosen() throws Exception {
    assertThat(get("/", "sla-sandbox-person=agent.anna").body())
        .contains("<html lang=\"nl\">", "De tijd staat stil op");
    assertThat(get("/", AGENT_EN).body()).contains("<html lang=\"en\">", "Time is frozen at");
    assertThat(get("/", "sla-sandbox-person=manager.mia").body()).contains("<html lang=\"en\">");
  }

  @Test
  void anIssueThePersonMayNotBrowseGetsTheUnknownIssuePage() throws Exception {
    HttpResponse<String> forbidden = get("/browse/HELP-1", GUEST);
    HttpResponse<String> unknown = get("/browse/HELP-999", GUEST);
    HttpResponse<String> allowed = get("/browse/HELP-1", "sla-sandbox-person=admin");

    assertThat(allowed.statusCode()).isEqualTo(200);
    assertThat(forbidden.statusCode()).isEqualTo(404).isEqualTo(unknown.statusCode());
    assertThat(forbidden.body()).contains("data-sla-sandbox-not-found");
    // Identical but for the address the header's forms return to.
    assertThat(forbidden.body().replace("HELP-1", "KEY"))
        .isEqualTo(unknown.body().replace("HELP-999", "KEY"));
    // The guest sees the other desk only.
    String list = get("/", GUEST).body();
    assertThat(list).contains("data-sla-sandbox-count=\"60\"", "data-issue-key=\"OPS-");
    assertThat(list).doesNotContain("data-issue-key=\"HELP-");
    assertThat(get("/browse/OPS-1", GUEST).statusCode()).isEqualTo(200);
  }

  @Test
  void theRestApiAnswersAForbiddenIssueExactlyAsAnUnknownOne() throws Exception {
    for (String suffix : List.of("", "/panel")) {
      HttpResponse<String> forbidden = get("/rest/sla/1.0/issue/HELP-1" + suffix, GUEST);
      HttpResponse<String> unknown = get("/rest/sla/1.0/issue/HELP-999" + suffix, GUEST);
      assertThat(forbidden.statusCode()).isEqualTo(404).isEqualTo(unknown.statusCode());
      assertThat(forbidden.body().replace("HELP-1", "KEY"))
          .isEqualTo(unknown.body().replace("HELP-999", "KEY"));
      assertThat(forbidden.headers().firstValue("Content-Type"))
          .isEqualTo(unknown.headers().firstValue("Content-Type"));
    }
    HttpResponse<String> forbiddenCells = get("/rest/sla/1.0/countdowns?issueId=10001", GUEST);
    HttpResponse<String> unknownCells = get("/rest/sla/1.0/countdowns?issueId=99999", GUEST);
    assertThat(forbiddenCells.statusCode()).isEqualTo(unknownCells.statusCode());
    assertThat(forbiddenCells.body()).isEqualTo(unknownCells.body());
  }

  @Test
  void theRestApiGivesAnIssuesClocksAsStoredAndShownAtNow() throws Exception {
    HttpResponse<String> answer = get("/rest/sla/1.0/issue/HELP-300", AGENT_EN);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode json = JSON.readTree(answer.body());
    assertThat(json.get("issueKey").asText()).isEqualTo("HELP-300");
    assertThat(json.get("now").asLong()).isEqualTo(NOW.toEpochMilli());
    List<SlaClock> stored =
        sandbox
            .tracking()
            .clocks()
            .load(10300)
            .orElseThrow()
            .clocks()
            .at(NOW, sandbox.tracking().configuration());
    for (SlaClock clock : stored) {
      JsonNode shown = null;
      for (JsonNode c : json.get("clocks")) {
        if (c.get("metricId").asText().equals(clock.metricId())) {
          shown = c;
        }
      }
      assertThat(shown).as(clock.metricId()).isNotNull();
      String state =
          clock.cycles().isEmpty()
              ? "NOT_STARTED"
              : clock.cycles().get(clock.cycles().size() - 1).state().name();
      assertThat(shown.get("state").asText()).as(clock.metricId()).isEqualTo(state);
    }

    HttpResponse<String> cells =
        get("/rest/sla/1.0/countdowns?issueId=10300&issueId=10299", AGENT_EN);
    assertThat(cells.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(cells.body()).get("issues").size()).isEqualTo(2);
  }

  @Test
  void switchingPersonSetsACookieAndReturnsOnlyToAPathOfTheSandbox() throws Exception {
    HttpResponse<String> switched =
        post("/sandbox/person", "person=guest.gus&return=%2Fbrowse%2FHELP-2", null);
    assertThat(switched.statusCode()).isEqualTo(303);
    assertThat(switched.headers().firstValue("Location")).hasValue("/browse/HELP-2");
    assertThat(switched.headers().allValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("sla-sandbox-person=guest.gus"));

    HttpResponse<String> elsewhere =
        post("/sandbox/person", "person=admin&return=%2F%2Fevil.example", null);
    assertThat(elsewhere.headers().firstValue("Location")).hasValue("/");
    assertThat(post("/sandbox/person", "person=nobody", null).statusCode()).isEqualTo(400);
    assertThat(post("/sandbox/language", "language=fr", null).statusCode()).isEqualTo(400);
  }

  @Test
  void staticFilesComeFromTheJarAndNothingOutsideTheirFolders() throws Exception {
    HttpResponse<String> aui = get("/static/aui/aui-prototyping.css", null);
    assertThat(aui.statusCode()).isEqualTo(200);
    assertThat(aui.headers().firstValue("Content-Type")).hasValue("text/css;charset=utf-8");
    assertThat(get("/static/aui/aui-prototyping.js", null).statusCode()).isEqualTo(200);
    assertThat(get("/static/jquery/jquery.min.js", null).statusCode()).isEqualTo(200);
    assertThat(get("/static/sandbox/sandbox.css", null).statusCode()).isEqualTo(200);
    assertThat(get("/static/web/i18n/messages.properties", null).statusCode()).isEqualTo(404);
    assertThat(get("/static/sample/policies.json", null).statusCode()).isEqualTo(404);
    assertThat(ClasspathStaticServlet.resourceFor("/../sample/issues.json")).isNull();
    assertThat(ClasspathStaticServlet.resourceFor("/web/templates/panel.vm")).isNull();
  }

  @Test
  void theServerListensOnTheLoopbackAddressOnly() throws Exception {
    List<InetAddress> others = new ArrayList<>();
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      for (InetAddress address : Collections.list(nic.getInetAddresses())) {
        if (!address.isLoopbackAddress() && address instanceof Inet4Address) {
          others.add(address);
        }
      }
    }
    others.add(InetAddress.getByName("::1")); // IPv6 loopback: not 127.0.0.1 either
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", sandbox.port()), 2000);
    }
    for (InetAddress address : others) {
      assertThatThrownBy(
              () -> {
                try (Socket socket = new Socket()) {
                  socket.connect(new InetSocketAddress(address, sandbox.port()), 2000);
                }
              })
          .as(address.toString())
          .isInstanceOf(IOException.class)
          .isInstanceOfAny(ConnectException.class, java.net.SocketException.class);
    }
  }
}
