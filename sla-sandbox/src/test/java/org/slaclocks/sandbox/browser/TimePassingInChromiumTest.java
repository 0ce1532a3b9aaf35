package org.slaclocks.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slaclocks.sandbox.browser.SandboxSession.AGENT;
import static org.slaclocks.sandbox.browser.SandboxSession.live;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.slaclocks.sandbox.browser.SandboxSession.Found;

/**
 * Time passing on an open issue page, in real Chromium: the countdown stops at closing time (the
 * server said until when it decreases), and the panel refreshes itself when the issue changes. Each
 * test moves the sandbox's frozen time, so each has a sandbox of its own.
 */
class TimePassingInChromiumTest {
  /** A Tuesday afternoon: the EMEA office (09:00-17:30 Amsterdam) closes at 15:30 UTC. */
  static final Instant NOW = Instant.parse("2026-04-28T14:00:00Z");

  @TempDir Path data;
  SandboxSession session;

  @BeforeEach
  void start() throws IOException {
    session = SandboxSession.start(NOW, data);
  }

  @AfterEach
  void stop() {
    if (session != null) {
      session.close();
    }
  }

  private WebElement field(String metric) {
    return session.browser.waitUntil(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector(
                "dd.sla-sandbox-countdown-field [data-sla-countdown][data-sla-metric='"
                    + metric
                    + "']")));
  }

  private JsonNode clock(String key, String metric) {
    for (JsonNode clock : session.clocks(key).get("clocks")) {
      if (clock.get("metricId").asText().equals(metric)) {
        return clock;
      }
    }
    throw new AssertionError(key + " has no clock " + metric);
  }

  @Test
  void theCountdownStopsAtClosingTime() throws IOException {
    // A clock that counts until the office closes, three seconds before that instant (the
    // first one, in time, whose issue does not change meanwhile).
    Found counting = null;
    JsonNode before = null;
    long until = 0;
    for (Found candidate :
        session.findAll(live()).stream()
            .sorted(Comparator.comparing((Found f) -> f.clock().get("countsDownUntil").asLong()))
            .toList()) {
      until = candidate.clock().get("countsDownUntil").asLong();
      session.moveTimeTo(Instant.ofEpochMilli(until).minusSeconds(3));
      JsonNode now = clock(candidate.key(), candidate.metric());
      if (!now.get("countsDownUntil").isNull() && now.get("countsDownUntil").asLong() == until) {
        counting = candidate;
        before = now;
        break;
      }
    }
    assertThat(counting).as("a clock counting until closing time").isNotNull();
    long remainingAtClose = before.get("remainingSeconds").asLong() - 3;
    session.as(AGENT, "en");

    session.browser.open("/browse/" + counting.key());
    WebElement field = field(counting.metric());
    session.browser.waitUntil(
        driver -> "true".equals(field.getAttribute("data-sla-stopped")) ? Boolean.TRUE : null);
    String stoppedAt = field.getAttribute("data-sla-live-remaining");
    String shown = field.findElement(By.cssSelector(".sla-value")).getText();

    assertThat(Long.parseLong(stoppedAt)).isEqualTo(remainingAtClose);
    sleep(2500);
    assertThat(field.getAttribute("data-sla-live-remaining")).isEqualTo(stoppedAt);
    assertThat(field.findElement(By.cssSelector(".sla-value")).getText()).isEqualTo(shown);
    session.screenshot("issue-closing-time");
  }

  @Test
  void thePanelRefreshesItselfWhenTheIssueChanges() {
    Found running = session.find(live()).orElseThrow();
    session.as(AGENT, "en");
    session.browser.open("/browse/" + running.key());
    String section = "[data-sla-metric-section][data-sla-metric='" + running.metric() + "']";
    WebElement elapsed =
        session.browser.waitUntil(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(section + " [data-sla-cycle] [data-sla-elapsed]")));
    String before = elapsed.getText();

    // An hour passes on the server; the issue view tells the panel that the issue changed.
    session.moveTimeTo(NOW.plusSeconds(3600));
    session.browser.script("document.dispatchEvent(new CustomEvent('sla:issue-changed'))");

    String after =
        session.browser.waitUntil(
            driver -> {
              String now =
                  session.browser.find(section + " [data-sla-cycle] [data-sla-elapsed]").getText();
              return now.equals(before) ? null : now;
            });
    assertThat(after).isNotEqualTo(before);
    assertThat(session.browser.find("[data-sla-panel]").getAttribute("data-sla-now"))
        .isEqualTo(String.valueOf(NOW.plusSeconds(3600).toEpochMilli()));
  }

  @Test
  void pastTheWarningThresholdTheFieldWarns() throws IOException {
    // A clock that reaches its warning threshold (the internal target, or one hour left) while it
    // still counts; time moves to 30 seconds past that.
    Found warning = null;
    Instant now = NOW;
    for (Found candidate : session.findAll(live())) {
      JsonNode c = candidate.clock();
      long toWarning = c.get("remainingSeconds").asLong() - c.get("warningAtSeconds").asLong();
      long counting = (c.get("countsDownUntil").asLong() - NOW.toEpochMilli()) / 1000;
      if (toWarning > 0 && toWarning + 30 < counting) {
        now = NOW.plusSeconds(toWarning + 30);
        session.moveTimeTo(now);
        JsonNode later = clock(candidate.key(), candidate.metric());
        if (later.get("severity").asText().equals("warning")) {
          warning = candidate;
          break;
        }
      }
    }
    assertThat(warning).as("a clock that reaches its warning threshold while counting").isNotNull();
    session.as(AGENT, "en");

    session.browser.open("/browse/" + warning.key());
    WebElement field = field(warning.metric());

    assertThat(field.getAttribute("class")).contains("sla-severity-warning");
    assertThat(field.findElement(By.cssSelector(".sla-icon")).getAttribute("class"))
        .containsPattern("aui-iconfont-[a-z]");
    assertThat(field.findElement(By.cssSelector(".sla-label")).getAttribute("textContent"))
        .isEqualTo(clock(warning.key(), warning.metric()).get("label").asText());
    session.screenshot("issue-warning");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
