package org.slaclocks.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slaclocks.sandbox.browser.SandboxSession.AGENT;
import static org.slaclocks.sandbox.browser.SandboxSession.GUEST;
import static org.slaclocks.sandbox.browser.SandboxSession.live;
import static org.slaclocks.sandbox.browser.SandboxSession.state;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.slaclocks.sandbox.browser.SandboxSession.Found;

/**
 * What an agent sees on an issue, in real Chromium against the sandbox serving the bundled sample
 * at a frozen Tuesday morning (EMEA office open, Americas office closed): the countdown fields in
 * every state, the SLA panel, both languages, the navigator-style list, keyboard use, and what a
 * person who may not browse a project gets.
 */
class AgentPagesInChromiumTest {
  static final Instant NOW = Instant.parse("2026-04-28T09:30:00Z");

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

  private static WebElement field(String metric) {
    return browser()
        .waitUntil(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(
                    "dd.sla-sandbox-countdown-field [data-sla-countdown][data-sla-metric='"
                        + metric
                        + "']")));
  }

  private static void openIssue(String key) {
    browser().open("/browse/" + key);
    browser()
        .waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-sla-panel]")));
  }

  @Test
  void anAgentSeesEveryMetricCountingDownAndThePanelExplainingIt() throws IOException {
    Found running = session.find(live()).orElseThrow();
    session.as(AGENT, "en");

    openIssue(running.key());

    WebElement field = field(running.metric());
    assertThat(field.findElement(By.cssSelector(".sla-value")).getText())
        .isEqualTo(running.clock().get("valueText").asText())
        .matches("\\d+h( \\d+m)?|\\d+m");
    assertThat(field.getAttribute("class")).contains("sla-severity-");
    JsonNode clocks = session.clocks(running.key()).get("clocks");
    assertThat(browser().findAll("[data-sla-metric-section]")).hasSize(clocks.size());
    assertThat(browser().findAll("[data-sla-timeline] li[data-sla-event='start']")).isNotEmpty();
    assertThat(browser().find("[data-sla-panel]").getText())
        .contains(running.clock().get("metricName").asText());
    // Text is drawn with a real font: a panel heading has a width (no font: a few pixels).
    assertThat(
            ((Number)
                    browser()
                        .script(
                            "return document.querySelector('[data-sla-metric-section]')"
                                + ".getBoundingClientRect().width"))
                .doubleValue())
        .isGreaterThan(150);
    session.screenshot("issue-running");
  }

  @Test
  void theCountdownMovesSecondBySecondWhileTheClockRuns() {
    Found running = session.find(live()).orElseThrow();
    session.as(AGENT, "en");
    openIssue(running.key());
    WebElement field = field(running.metric());

    long first = liveRemaining(field);
    browser().waitUntil(driver -> liveRemaining(field) <= first - 2 ? Boolean.TRUE : null);

    assertThat(liveRemaining(field)).isLessThanOrEqualTo(first - 2);
    assertThat(field.getAttribute("data-sla-stopped")).isNull();
  }

  private static long liveRemaining(WebElement field) {
    String value = field.getAttribute("data-sla-live-remaining");
    return value == null ? Long.MAX_VALUE : Long.parseLong(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "nl"})
  void aBreachedClockIsNegativeRedAndSaysSoInWords(String language) throws IOException {
    Found breached =
        session
            .find(state("RUNNING").and(c -> c.get("remainingSeconds").asLong() < 0))
            .or(() -> session.find(state("BREACHED")))
            .orElseThrow();
    session.as(AGENT, language);
    openIssue(breached.key());

    WebElement field = field(breached.metric());
    assertThat(field.getAttribute("class")).contains("sla-severity-breached");
    assertThat(field.findElement(By.cssSelector(".sla-value")).getText()).startsWith("-");
    assertIconAndWords(field, breached, language);
    screenshot("issue-breached", language);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "nl"})
  void aMetClockShowsATickAndSaysSoInWords(String language) {
    Found met = session.find(state("MET")).orElseThrow();
    session.as(AGENT, language);
    openIssue(met.key());

    WebElement field = field(met.metric());
    assertThat(field.getAttribute("class")).contains("sla-severity-met");
    assertIconAndWords(field, met, language);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "nl"})
  void aPausedClockSaysWhyOnHoverAndStandsStill(String language) throws IOException {
    Found paused = session.find(state("PAUSED")).orElseThrow();
    session.as(AGENT, language);
    openIssue(paused.key());

    WebElement field = field(paused.metric());
    assertThat(field.getAttribute("class")).contains("sla-severity-paused");
    assertThat(field.getAttribute("title"))
        .isNotBlank()
        .isEqualTo(session.clock(paused, language).get("pauseText").asText());
    assertThat(field.getAttribute("data-sla-until")).as("a paused clock does not count").isNull();
    assertIconAndWords(field, paused, language);
    new Actions(browser().driver()).moveToElement(field).perform();
    screenshot("issue-paused", language);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "nl"})
  void aClockOutsideCalendarHoursSaysWhenItCountsAgain(String language) {
    Found outside =
        session
            .find(state("RUNNING").and(c -> c.get("outsideCalendarHours").asBoolean()))
            .orElseThrow();
    session.as(AGENT, language);
    openIssue(outside.key());

    WebElement field = field(outside.metric());
    assertThat(field.getAttribute("data-sla-outside-hours")).isEqualTo("true");
    assertThat(field.getAttribute("data-sla-until")).as("closed: the value stands still").isNull();
    assertThat(field.getAttribute("title"))
        .isNotBlank()
        .isEqualTo(session.clock(outside, language).get("pauseText").asText());
    assertIconAndWords(field, outside, language);
  }

  /** Colour is never the only signal: an icon and a sentence for screen readers come with it. */
  static void assertIconAndWords(WebElement field, Found found, String language) {
    JsonNode shown = session.clock(found, language);
    assertThat(field.findElement(By.cssSelector(".sla-icon")).getAttribute("class"))
        .containsPattern("aui-iconfont-[a-z]");
    assertThat(field.findElement(By.cssSelector(".sla-label")).getAttribute("textContent"))
        .isEqualTo(shown.get("label").asText())
        .contains(shown.get("metricName").asText());
    assertThat(field.findElement(By.cssSelector(".sla-value")).getText())
        .isEqualTo(shown.get("valueText").asText());
    if (language.equals("nl")) {
      assertThat(shown.get("label").asText())
          .as("Dutch words, not the English sentence")
          .isNotEqualTo(found.clock().get("label").asText());
    }
  }

  /** The English state pictures are the documentation's; the Dutch ones stay in target. */
  private static void screenshot(String name, String language) throws IOException {
    if (language.equals("en")) {
      session.screenshot(name);
    } else {
      browser().screenshot(java.nio.file.Path.of("target", "screenshots", name + "-nl.png"));
    }
  }

  @Test
  void aDutchAgentReadsTheFieldAndThePanelInDutch() throws IOException {
    Found running = session.find(live()).orElseThrow();
    ResourceBundle dutch =
        ResourceBundle.getBundle("web/i18n/messages", Locale.forLanguageTag("nl"));
    session.as(AGENT, "nl");
    openIssue(running.key());

    String panel = browser().find("[data-sla-panel]").getText();
    assertThat(panel)
        .contains(dutch.getString("slaclocks.panel.goal"))
        .contains(dutch.getString("slaclocks.panel.elapsed"))
        .doesNotContain("Elapsed");
    assertThat(field(running.metric()).getAttribute("data-sla-label-left"))
        .isNotEqualTo(running.clock().get("label").asText());
    session.screenshot("issue-dutch");
  }

  @Test
  void pastCyclesUnfoldAndFoldFromTheKeyboard() throws IOException {
    String key =
        SandboxSession.keys().stream()
            .filter(
                k ->
                    session
                        .get("/rest/sla/1.0/issue/" + k + "/panel", AGENT, "en")
                        .body()
                        .contains("data-sla-past-toggle"))
            .findFirst()
            .orElseThrow();
    session.as(AGENT, "en");
    openIssue(key);
    WebElement toggle = browser().find("[data-sla-past-toggle]");
    WebElement past = browser().find("#" + toggle.getAttribute("aria-controls"));
    assertThat(past.isDisplayed()).as("folded at first").isFalse();

    // Tab through the page as a keyboard user does, until the toggle has the focus.
    WebElement body = browser().find("body");
    for (int i = 0; i < 80 && !toggle.equals(browser().driver().switchTo().activeElement()); i++) {
      new Actions(browser().driver()).sendKeys(Keys.TAB).perform();
    }
    assertThat(browser().driver().switchTo().activeElement()).isEqualTo(toggle);
    new Actions(browser().driver()).sendKeys(Keys.ENTER).perform();

    assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
    assertThat(past.isDisplayed()).isTrue();
    assertThat(past.findElements(By.cssSelector("[data-sla-cycle]"))).isNotEmpty();
    session.screenshot("issue-past-cycles");

    new Actions(browser().driver()).sendKeys(Keys.SPACE).perform();
    assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
    assertThat(past.isDisplayed()).isFalse();
    assertThat(body.isDisplayed()).isTrue();
  }

  @Test
  void theIssueListFillsEveryCountdownCellWithOneRequest() throws IOException {
    session.as(AGENT, "en");
    browser().open("/");
    browser()
        .waitUntil(
            driver ->
                browser().findAll("[data-sla-placeholder]").isEmpty()
                        && !browser().findAll("td.sla-sandbox-countdown [data-sla-cell]").isEmpty()
                    ? Boolean.TRUE
                    : null);

    assertThat(browser().findAll("tr.sla-sandbox-issue")).hasSize(50);
    Object requests =
        browser()
            .script(
                "return performance.getEntriesByType('resource')"
                    + ".filter(e => e.name.indexOf('/rest/sla/1.0/countdowns') >= 0).length");
    assertThat(((Number) requests).intValue()).as("one batched request for the page").isEqualTo(1);
    session.screenshot("issue-list");
  }

  @Test
  void theListSortsByAMetricsBreachInstant() {
    session.as(AGENT, "en");
    browser().open("/");
    WebElement sort = browser().find("th[data-sla-sandbox-metric] a.sla-sandbox-sort");
    String metric =
        sort.findElement(By.xpath("ancestor::th")).getAttribute("data-sla-sandbox-metric");
    sort.click();
    browser()
        .waitUntil(
            driver ->
                browser()
                        .find("th[data-sla-sandbox-metric='" + metric + "']")
                        .getAttribute("aria-sort")
                        .matches("ascending|descending")
                    ? Boolean.TRUE
                    : null);
    browser()
        .waitUntil(driver -> browser().findAll("[data-sla-placeholder]").isEmpty() ? true : null);

    List<String> breachAts =
        browser()
            .findAll("td.sla-sandbox-countdown [data-sla-cell][data-sla-metric='" + metric + "']")
            .stream()
            .map(e -> e.getAttribute("data-sla-breach-at"))
            .filter(b -> b != null && !b.isEmpty())
            .toList();
    assertThat(breachAts).hasSizeGreaterThan(1);
    String order =
        browser().find("th[data-sla-sandbox-metric='" + metric + "']").getAttribute("aria-sort");
    if (order.equals("ascending")) {
      assertThat(breachAts).isSorted();
    } else {
      assertThat(breachAts).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }
  }

  @Test
  void someoneWhoMayNotBrowseAProjectSeesNothingOfItsIssues() throws IOException {
    session.as(GUEST, "en");

    browser().open("/browse/HELP-1");
    String forbidden = browser().find("#content, main, body").getText();
    assertThat(browser().findAll("[data-sla-sandbox-not-found]")).isNotEmpty();
    assertThat(browser().findAll("[data-sla-panel]")).isEmpty();
    assertThat(browser().findAll("[data-sla-countdown]")).isEmpty();
    session.screenshot("issue-not-browsable");
    browser().open("/browse/HELP-99999");
    String unknown = browser().find("#content, main, body").getText();
    assertThat(forbidden.replace("HELP-1", "KEY")).isEqualTo(unknown.replace("HELP-99999", "KEY"));

    // The page's script asking the REST resource gets what an unknown issue gets, too.
    String forbiddenRest = fetch("/rest/sla/1.0/issue/HELP-1");
    String unknownRest = fetch("/rest/sla/1.0/issue/HELP-99999");
    assertThat(forbiddenRest).startsWith("404 ");
    assertThat(forbiddenRest.replace("HELP-1", "KEY"))
        .isEqualTo(unknownRest.replace("HELP-99999", "KEY"));

    browser().open("/");
    assertThat(browser().findAll("tr.sla-sandbox-issue"))
        .isNotEmpty()
        .allSatisfy(row -> assertThat(row.getAttribute("data-issue-key")).startsWith("OPS-"));
    openIssue("OPS-1");
    assertThat(browser().findAll("[data-sla-metric-section]")).isNotEmpty();
  }

  /** What the page's own script would get: status and body of a same-origin GET. */
  private static String fetch(String path) {
    return (String)
        ((JavascriptExecutor) browser().driver())
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.text().then("
                    + "t => done(r.status + ' ' + t)));",
                path);
  }
}
