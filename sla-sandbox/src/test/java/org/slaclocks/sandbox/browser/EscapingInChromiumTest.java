package org.slaclocks.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.slaclocks.sandbox.Sandbox;

/**
 * Names an administrator typed are printed as text, never run: a metric named like an HTML image
 * with a script in its error handler, and an exclusion window whose reason is a script, on the
 * list, the issue page and the panel, in real Chromium.
 */
class EscapingInChromiumTest {
  static final String METRIC = "<img src=x onerror=alert(1)>";
  static final String REASON = "<script>alert(2)</script> outage";

  /** Inside the exclusion window of the sample's policy file (17 Feb 2026, 10:00-14:30 CET). */
  static final Instant NOW = Instant.parse("2026-02-17T11:00:00Z");

  @TempDir static Path data;
  static Sandbox sandbox;
  static Browser browser;

  @BeforeAll
  static void start() throws IOException {
    Path examples = Path.of("..", "examples", "helpdesk");
    String policies =
        Files.readString(examples.resolve("policies.json"))
            .replace("\"Time to first response\"", "\"" + METRIC.replace("\"", "\\\"") + "\"")
            .replace("\"Mail provider outage (force majeure)\"", "\"" + REASON + "\"");
    Path file = data.resolve("policies.json");
    Files.writeString(file, policies);
    sandbox =
        Sandbox.start(
            new Sandbox.Options(
                file,
                List.of(examples.resolve("issues.json"), examples.resolve("operations.json")),
                NOW,
                0,
                data.resolve("sandbox")));
    String base = sandbox.url().replaceAll("/$", "");
    browser = Browser.start(base);
    browser.open("/static/sandbox/sandbox.css");
    browser.driver().manage().addCookie(new Cookie("sla-sandbox-person", "agent.anna", "/"));
    browser.driver().manage().addCookie(new Cookie("sla-sandbox-language", "en", "/"));
  }

  @AfterAll
  static void stop() {
    try {
      if (browser != null) {
        browser.close();
      }
    } finally {
      if (sandbox != null) {
        sandbox.close();
      }
    }
  }

  private static void noAlertAndNoImage() {
    assertThatThrownBy(() -> browser.driver().switchTo().alert())
        .as("no script ran")
        .isInstanceOf(NoAlertPresentException.class);
    assertThat(
            browser.script(
                "return document.querySelectorAll('img[src=x], #content script').length"))
        .isEqualTo(0L);
  }

  /** An issue whose clock the exclusion window pauses now, found through the REST resource. */
  private static String pausedByTheWindow() {
    HttpClient http = HttpClient.newHttpClient();
    for (int i = 1; i <= 300; i++) {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(sandbox.url() + "rest/sla/1.0/issue/HELP-" + i))
              .header("Cookie", "sla-sandbox-person=agent.anna; sla-sandbox-language=en")
              .build();
      try {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains(REASON)) {
          return "HELP-" + i;
        }
      } catch (IOException e) {
        throw new AssertionError(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("no issue is paused by the exclusion window at " + NOW);
  }

  @Test
  void theListPrintsTheMetricsNameAsText() {
    browser.open("/");
    browser.waitUntil(
        driver -> browser.findAll("[data-sla-placeholder]").isEmpty() ? Boolean.TRUE : null);

    assertThat(browser.find("table[data-sla-sandbox-issues] thead").getText()).contains(METRIC);
    noAlertAndNoImage();
  }

  @Test
  void theIssuePageAndItsPanelPrintTheNameAndThePauseReasonAsText() {
    String key = pausedByTheWindow();
    browser.open("/browse/" + key);
    browser.waitUntil(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-sla-panel]")));

    assertThat(browser.find("[data-sla-panel]").getText()).contains(METRIC);
    String titles =
        (String)
            browser.script(
                "return Array.from(document.querySelectorAll('[data-sla-countdown][title]'))"
                    + ".map(e => e.getAttribute('title')).join('|')");
    assertThat(titles).contains(REASON);
    noAlertAndNoImage();
  }
}
