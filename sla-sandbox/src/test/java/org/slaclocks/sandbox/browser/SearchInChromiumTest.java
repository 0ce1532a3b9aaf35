package org.slaclocks.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A manager searches by SLA in real Chromium: she opens the search from the header, types a search
 * with a misspelt metric, reads what is wrong next to the box, corrects it, and gets the matching
 * issues with their countdown columns filled by the web layer's batched script.
 */
class SearchInChromiumTest {
  static final Instant NOW = Instant.parse("2026-04-28T09:30:00Z");
  static final String MANAGER = "manager.mia";
  static final String CORRECT =
      "issue in slaRemaining(\"Time to resolution\", \"<\", \"2w\") OR issue in"
          + " slaBreached(\"Time to resolution\")";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path data;
  static SandboxSession session;

  @BeforeAll
  static void start() throws IOException {
    session = SandboxSession.start(NOW, data);
  }

  @AfterAll
  static void stop() {
    if (session != null) {
      session.close();
    }
  }

  private static Browser browser() {
    return session.browser;
  }

  private static WebElement box() {
    return browser()
        .waitUntil(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("input[data-sla-sandbox-jql]")));
  }

  @Test
  void aManagerCorrectsAMistakeAndGetsTheListWithCountdownColumns() throws Exception {
    HttpResponse<String> rest =
        session.get(
            "/rest/sla/1.0/search?jql=" + URLEncoder.encode(CORRECT, StandardCharsets.UTF_8),
            MANAGER,
            "en");
    assertThat(rest.statusCode()).isEqualTo(200);
    JsonNode expected = JSON.readTree(rest.body());
    assertThat(expected.get("total").asInt()).isGreaterThan(0);

    session.as(MANAGER, "en");
    browser().open("/");
    browser().find("a[data-sla-sandbox-nav='search']").click();
    WebElement box = box();
    box.sendKeys(CORRECT.replace("Time to resolution\", \"<\"", "Time to resolutoin\", \"<\""));
    box.sendKeys(Keys.ENTER);

    WebElement problem =
        browser()
            .waitUntil(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-sla-sandbox-search-problem]")));
    assertThat(problem.getText())
        .isEqualTo(
            "slaRemaining at character 10: No SLA metric is named \"Time to resolutoin\"."
                + " Known metrics: Engineering triage (OLA), Time to first response, Time to next"
                + " response, Time to resolution");
    assertThat(browser().findAll("[data-sla-sandbox-search-problem]")).hasSize(1);
    assertThat(box().getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(box().getAttribute("value")).contains("Time to resolutoin");
    assertThat(browser().findAll("table[data-sla-sandbox-issues]")).isEmpty();
    session.screenshot("search-problem");

    box().clear();
    box().sendKeys(CORRECT, Keys.ENTER);

    browser()
        .waitUntil(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("table[data-sla-sandbox-issues]")));
    browser()
        .waitUntil(
            driver ->
                browser().findAll("[data-sla-placeholder]").isEmpty()
                        && !browser().findAll("td.sla-sandbox-countdown [data-sla-cell]").isEmpty()
                    ? Boolean.TRUE
                    : null);
    assertThat(browser().findAll("[data-sla-sandbox-search-problems]")).isEmpty();
    assertThat(box().getAttribute("value")).isEqualTo(CORRECT);
    assertThat(browser().find("[data-sla-sandbox-count]").getAttribute("data-sla-sandbox-count"))
        .isEqualTo(expected.get("total").asText());
    List<String> keys = new ArrayList<>();
    for (WebElement row : browser().findAll("tr.sla-sandbox-issue")) {
      keys.add(row.getAttribute("data-issue-key"));
    }
    List<String> firstPage = new ArrayList<>();
    expected.get("issues").forEach(k -> firstPage.add(k.asText()));
    assertThat(keys).isEqualTo(firstPage.subList(0, Math.min(50, firstPage.size())));
    // one countdown column per metric of the sample, every cell filled
    assertThat(browser().findAll("th[data-sla-sandbox-metric]")).hasSize(4);
    assertThat(browser().findAll("td.sla-sandbox-countdown")).hasSize(keys.size() * 4);
    assertThat(browser().findAll("td.sla-sandbox-countdown [data-sla-cell]"))
        .hasSize(keys.size() * 4);
    session.screenshot("search");
  }
}
