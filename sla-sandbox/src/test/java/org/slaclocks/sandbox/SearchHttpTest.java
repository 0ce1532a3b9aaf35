package org.slaclocks.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SLA search over HTTP on a started sandbox: REST {@code /rest/sla/1.0/search} and the page
 * {@code /search}; AND, OR and NOT as sets; problems in the person's language; and nobody gets an
 * issue of a project they may not browse.
 */
class SearchHttpTest {
  static final Instant NOW = Instant.parse("2026-04-28T09:30:00Z");
  static final String MANAGER = "sla-sandbox-person=manager.mia";
  static final String GUEST = "sla-sandbox-person=guest.gus";
  static final String AGENT = "sla-sandbox-person=agent.anna";
  static final String BREACHED = "issue in slaBreached(\"Time to resolution\")";
  static final String A = "issue in slaCompleted(resolution)";
  static final String B = "issue in slaEverBreached(\"Time to first response\")";
  static final String C = "issue in slaRunning(resolution)";
  static final String MET = "issue in slaMet(\"time to first response\")";
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

  static HttpResponse<String> get(String path, String cookie) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + sandbox.port() + path))
            .header("Cookie", cookie)
            .GET()
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  static String encode(String jql) {
    return URLEncoder.encode(jql, StandardCharsets.UTF_8);
  }

  static JsonNode rest(String jql, String cookie, int status) throws Exception {
    HttpResponse<String> response = get("/rest/sla/1.0/search?jql=" + encode(jql), cookie);
    assertThat(response.statusCode()).as(jql + ": " + response.body()).isEqualTo(status);
    return JSON.readTree(response.body());
  }

  static Set<String> keys(String jql, String cookie) throws Exception {
    JsonNode body = rest(jql, cookie, 200);
    Set<String> keys = new TreeSet<>();
    body.get("issues").forEach(k -> keys.add(k.asText()));
    assertThat(body.get("total").asInt()).isEqualTo(keys.size());
    return keys;
  }

  /** Every issue the person may browse now, from the issue list's pages. */
  static Set<String> browsable(String cookie) throws Exception {
    Set<String> keys = new TreeSet<>();
    for (int page = 1; ; page++) {
      String body = get("/?page=" + page, cookie).body();
      Matcher m = Pattern.compile("data-issue-key=\"([A-Z]+-\\d+)\"").matcher(body);
      while (m.find()) {
        keys.add(m.group(1));
      }
      if (!body.contains("data-sla-sandbox-next")) {
        return keys;
      }
    }
  }

  @Test
  void andOrAndNotCombineTheAnswersAsSets() throws Exception {
    Set<String> a = keys(A, MANAGER);
    Set<String> b = keys(B, MANAGER);
    Set<String> c = keys(C, MANAGER);
    Set<String> all = browsable(MANAGER);
    Set<String> both = new TreeSet<>(a);
    both.retainAll(b);
    Set<String> either = new TreeSet<>(a);
    either.addAll(b);
    Set<String> notA = new TreeSet<>(all);
    notA.removeAll(a);
    Set<String> neither = new TreeSet<>(all);
    neither.removeAll(either);
    // the sets overlap without containing each other, so each operator is seen at work
    assertThat(both).isNotEmpty().isNotEqualTo(a).isNotEqualTo(b);

    assertThat(keys(A + " AND " + B, MANAGER)).isEqualTo(both);
    assertThat(keys(A + " or " + B, MANAGER)).isEqualTo(either);
    assertThat(keys("NOT " + A, MANAGER)).isEqualTo(notA);
    assertThat(keys(A.replace("issue in", "issue not in"), MANAGER)).isEqualTo(notA);
    assertThat(keys("not (" + A + " OR " + B + ")", MANAGER)).isEqualTo(neither);
    // NOT binds tighter than AND, AND tighter than OR
    Set<String> cOrBoth = new TreeSet<>(c);
    cOrBoth.addAll(both);
    Set<String> leftToRight = new TreeSet<>(c);
    leftToRight.addAll(a);
    leftToRight.retainAll(b);
    assertThat(cOrBoth).isNotEqualTo(leftToRight);
    assertThat(keys(C + " OR " + A + " AND " + B, MANAGER)).isEqualTo(cOrBoth);
  }

  @Test
  void aGuestNeverGetsAnIssueOfTheProjectHeMayNotBrowse() throws Exception {
    for (String jql : List.of(BREACHED, "NOT " + BREACHED, MET + " OR " + C, "NOT " + MET)) {
      Set<String> manager = keys(jql, MANAGER);
      Set<String> guest = keys(jql, GUEST);
      assertThat(manager).as(jql).anyMatch(k -> k.startsWith("HELP-"));
      assertThat(guest).as(jql).allMatch(k -> k.startsWith("OPS-"));
      Set<String> ops = new TreeSet<>(manager);
      ops.removeIf(k -> !k.startsWith("OPS-"));
      assertThat(guest).as(jql).isEqualTo(ops);
      String page = get("/search?jql=" + encode(jql), GUEST).body();
      assertThat(page).doesNotContain("HELP-");
    }
  }

  @Test
  void restAnswersEveryProblemAt400InThePersonsLanguage() throws Exception {
    JsonNode english =
        rest(
            "issue in slaRemaining(\"Time to frist response\", \"=\", \"2 hours\") AND issue in"
                + " slaMet()",
            MANAGER,
            400);
    List<String> messages = new ArrayList<>();
    english.get("problems").forEach(p -> messages.add(p.get("message").asText()));
    assertThat(messages)
        .containsExactly(
            "slaRemaining at character 10: No SLA metric is named \"Time to frist response\"."
                + " Known metrics: Engineering triage (OLA), Time to first response, Time to next"
                + " response, Time to resolution",
            "slaRemaining at character 10: \"=\" is not a comparison. Use one of <, <=, >, >=",
            "slaRemaining at character 10: \"2 hours\" is not a duration. Write it as Jira does, for"
                + " example \"1w 2d 4h 30m\", \"90m\" or \"-2h\" (w, d, h, m)",
            "slaMet at character 78: slaMet takes 1 arguments, then optionally \"policy=...\" and"
                + " \"calendar=...\"; 0 given");
    assertThat(english.get("problems").get(0).get("position").asInt()).isEqualTo(10);

    // Anna reads Dutch; a syntax error has one problem, placed.
    JsonNode dutch = rest("issue in slaBreached(resolution", AGENT, 400);
    assertThat(dutch.get("problems")).hasSize(1);
    assertThat(dutch.get("problems").get(0).get("message").asText())
        .isEqualTo("Verwacht bij teken 32: , of ); gevonden: het einde van de zoekopdracht");
    assertThat(dutch.get("problems").get(0).get("position").asInt()).isEqualTo(32);
    assertThat(
            rest("issue in slaBreached(\"Tijd\")", AGENT, 400)
                .get("problems")
                .get(0)
                .get("message")
                .asText())
        .startsWith("slaBreached bij teken 10: Geen SLA-meting heet \"Tijd\".");
  }

  @Test
  void theSearchPageListsTheMatchesAsTheIssueListWithCountdownColumnsAndPages() throws Exception {
    assertThat(get("/", MANAGER).body())
        .contains("href=\"/search\" data-sla-sandbox-nav=\"search\"");
    String jql = "NOT " + MET;
    Set<String> expected = keys(jql, MANAGER);
    assertThat(expected.size()).isGreaterThan(50);

    HttpResponse<String> page = get("/search?jql=" + encode(jql), MANAGER);

    assertThat(page.statusCode()).isEqualTo(200);
    String body = page.body();
    assertThat(body)
        .contains("data-sla-sandbox-count=\"" + expected.size() + "\"")
        .contains("value=\"NOT issue in slaMet(&quot;time to first response&quot;)\"")
        .doesNotContain("data-sla-sandbox-search-problems");
    assertThat(SandboxHttpTest.count(body, "<tr class=\"sla-sandbox-issue\"")).isEqualTo(50);
    assertThat(SandboxHttpTest.count(body, "data-sla-placeholder ")).isEqualTo(200);
    // the page links and the sort links keep the search
    assertThat(body).contains("href=\"/search?jql=" + encode(jql) + "&amp;page=2\"");
    assertThat(body).contains("/search?jql=" + encode(jql) + "&amp;sort=resolution&amp;order=asc");
    Set<String> shown = new TreeSet<>();
    int pages = (expected.size() + 49) / 50;
    for (int p = 1; p <= pages; p++) {
      Matcher m =
          Pattern.compile("data-issue-key=\"([A-Z]+-\\d+)\"")
              .matcher(get("/search?jql=" + encode(jql) + "&page=" + p, MANAGER).body());
      while (m.find()) {
        shown.add(m.group(1));
      }
    }
    assertThat(shown).isEqualTo(expected);
  }

  @Test
  void theSearchPageShowsTheProblemsNextToTheBoxEscaped() throws Exception {
    String jql = "issue in slaBreached(\"<b>Time</b>\")";
    HttpResponse<String> page = get("/search?jql=" + encode(jql), MANAGER);

    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body())
        .contains("aria-invalid=\"true\"")
        .contains("data-sla-sandbox-search-problems")
        .contains("data-sla-sandbox-position=\"10\"")
        .contains("No SLA metric is named &quot;&lt;b&gt;Time&lt;/b&gt;&quot;")
        .contains("value=\"issue in slaBreached(&quot;&lt;b&gt;Time&lt;/b&gt;&quot;)\"")
        .doesNotContain("<b>Time</b>")
        .doesNotContain("data-sla-sandbox-issues");
  }

  @Test
  void anEmptySearchPageShowsTheBoxAndTheExampleWithoutProblems() throws Exception {
    HttpResponse<String> page = get("/search", MANAGER);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("data-sla-sandbox-jql")
        .contains("slaRemaining(&quot;Time to first response&quot;, &quot;&lt;&quot;")
        .doesNotContain("data-sla-sandbox-search-problems")
        .doesNotContain("data-sla-sandbox-issues");
  }
}
