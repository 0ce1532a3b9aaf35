package org.slaclocks.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.openqa.selenium.Cookie;
import org.slaclocks.cli.jira.ReadProgress;
import org.slaclocks.jira.persistence.AoTriggerLedger;
import org.slaclocks.sandbox.Sandbox;
import org.slaclocks.tracking.TriggerLedger;

/**
 * A sandbox with the bundled sample and a browser on it, and what a test needs to find the issues
 * it looks at: every issue's clocks as the REST resource gives them, and the sandbox's forms.
 */
final class SandboxSession implements AutoCloseable {
  static final String AGENT = "agent.anna";
  static final String GUEST = "guest.gus";
  static final int HELP_ISSUES = 300;
  static final int OPS_ISSUES = 60;

  /** Screenshots go where {@code -Dsla.screenshots=DIR} says (docs/screenshots for the docs). */
  static final Path SCREENSHOTS =
      Path.of(System.getProperty("sla.screenshots", "target/screenshots"));

  private static final ObjectMapper JSON = new ObjectMapper();

  final Sandbox sandbox;
  final Browser browser;
  final String base;
  private final HttpClient http = HttpClient.newHttpClient();
  private List<Found> shown;

  private SandboxSession(Sandbox sandbox, Browser browser, String base) {
    this.sandbox = sandbox;
    this.browser = browser;
    this.base = base;
  }

  static SandboxSession start(Instant now, Path data) throws IOException {
    return start(now, data, AoTriggerLedger::new);
  }

  /** A session whose sandbox keeps the firings of reminders and escalations in {@code ledgers}. */
  static SandboxSession start(
      Instant now, Path data, Function<ActiveObjects, TriggerLedger> ledgers) throws IOException {
    Sandbox sandbox =
        Sandbox.start(
            new Sandbox.Options(null, List.of(), now, 0, data), ReadProgress.silent(), ledgers);
    String base = sandbox.url().replaceAll("/$", "");
    try {
      return new SandboxSession(sandbox, Browser.start(base), base);
    } catch (RuntimeException | IOException e) {
      sandbox.close();
      throw e;
    }
  }

  /** The browser is {@code person}, reading {@code language} (en or nl). */
  void as(String person, String language) {
    browser.open("/static/sandbox/sandbox.css");
    browser.driver().manage().deleteAllCookies();
    browser.driver().manage().addCookie(new Cookie("sla-sandbox-person", person, "/"));
    browser.driver().manage().addCookie(new Cookie("sla-sandbox-language", language, "/"));
  }

  /** The issue's clocks as the agent reads them in English, from the web layer's REST resource. */
  JsonNode clocks(String key) {
    return clocks(key, "en");
  }

  /** The issue's clocks as the agent reads them in {@code language}. */
  JsonNode clocks(String key, String language) {
    HttpResponse<String> response = get("/rest/sla/1.0/issue/" + key, AGENT, language);
    assertThat(response.statusCode()).as(key).isEqualTo(200);
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  HttpResponse<String> get(String path, String person, String language) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Cookie", "sla-sandbox-person=" + person + "; sla-sandbox-language=" + language)
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Moves the sandbox's frozen time, as its header's form does. */
  void moveTimeTo(Instant now) {
    shown = null;
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/sandbox/time"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "now=" + URLEncoder.encode(now.toString(), StandardCharsets.UTF_8)))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isLessThan(400);
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** One metric's clock of an issue as the agent reads it in {@code language}. */
  JsonNode clock(Found found, String language) {
    for (JsonNode clock : clocks(found.key(), language).get("clocks")) {
      if (clock.get("metricId").asText().equals(found.metric())) {
        return clock;
      }
    }
    throw new AssertionError(found.key() + " has no clock " + found.metric());
  }

  /** Every issue key of the bundled sample. */
  static List<String> keys() {
    List<String> keys = new ArrayList<>();
    for (int i = 1; i <= HELP_ISSUES; i++) {
      keys.add("HELP-" + i);
    }
    for (int i = 1; i <= OPS_ISSUES; i++) {
      keys.add("OPS-" + i);
    }
    return keys;
  }

  /** A shown clock of an issue: its key and the clock's JSON. */
  record Found(String key, JsonNode clock) {
    String metric() {
      return clock.get("metricId").asText();
    }
  }

  /** The first issue (in key order) with a clock that {@code wanted} accepts. */
  Optional<Found> find(Predicate<JsonNode> wanted) {
    return findAll(wanted).stream().findFirst();
  }

  List<Found> findAll(Predicate<JsonNode> wanted) {
    if (shown == null) {
      shown = new ArrayList<>();
      for (String key : keys()) {
        for (JsonNode clock : clocks(key).get("clocks")) {
          shown.add(new Found(key, clock));
        }
      }
    }
    return shown.stream().filter(f -> wanted.test(f.clock())).toList();
  }

  static Predicate<JsonNode> state(String state) {
    return clock -> clock.get("state").asText().equals(state);
  }

  /** Running now inside calendar hours: the value counts down in the browser. */
  static Predicate<JsonNode> live() {
    return clock -> state("RUNNING").test(clock) && !clock.get("countsDownUntil").isNull();
  }

  Path screenshot(String name) throws IOException {
    return browser.screenshot(SCREENSHOTS.resolve(name + ".png"));
  }

  @Override
  public void close() {
    try {
      browser.close();
    } finally {
      sandbox.close();
    }
  }
}
