package org.slaclocks.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slaclocks.cli.sample.SampleHelpdesk;

/**
 * The preview of 10,000 issues on the sandbox's H2 database computes every one of them, and a
 * recalculation run over them goes to the end with every issue done. How long they take is measured
 * by benchmarks/RecalculationAtScale and reported in docs/performance.md, not asserted here (a busy
 * build machine must not fail the build).
 */
class RecalculationAtTenThousandTest {
  private static final int ISSUES = 10_000;

  @TempDir Path data;

  @Test
  void previewsAndRecalculatesTenThousandIssuesToTheEnd() throws Exception {
    Path issues = data.resolve("issues.json");
    Files.writeString(
        issues,
        SampleHelpdesk.generate(SampleHelpdesk.DEFAULT_SEED, ISSUES, SampleHelpdesk.DEFAULT_FROM));
    Path policies = Path.of("").toAbsolutePath();
    while (!Files.exists(policies.resolve("examples/helpdesk/policies.json"))) {
      policies = policies.getParent();
    }
    Instant now = SampleHelpdesk.DEFAULT_FROM.plus(Duration.ofDays(200));
    RecalculationHttpTest.sandbox =
        Sandbox.start(
            new Sandbox.Options(
                policies.resolve("examples/helpdesk/policies.json"),
                List.of(issues),
                now,
                0,
                data.resolve("db")));
    RecalculationHttpTest.http = java.net.http.HttpClient.newHttpClient();
    try {
      String base = "/rest/sla/1.0/admin/recalculation";
      long start = System.nanoTime();
      JsonNode preview =
          RecalculationHttpTest.json(
              RecalculationHttpTest.send(
                  "POST", base + "/preview", RecalculationHttpTest.ADMIN, "{\"scope\":\"all\"}"),
              200);
      Duration previewTook = Duration.ofNanos(System.nanoTime() - start);
      assertThat(preview.get("issues").asInt()).isEqualTo(ISSUES);
      assertThat(preview.at("/unchanged/count").asInt()).isPositive();

      start = System.nanoTime();
      JsonNode run =
          RecalculationHttpTest.json(
              RecalculationHttpTest.send(
                  "POST", base, RecalculationHttpTest.ADMIN, "{\"scope\":\"all\"}"),
              200);
      JsonNode latest = run;
      long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
      while (!latest.get("status").asText().equals("DONE") && System.nanoTime() < deadline) {
        Thread.sleep(500);
        latest =
            RecalculationHttpTest.json(
                    RecalculationHttpTest.send("GET", base, RecalculationHttpTest.ADMIN, null), 200)
                .get(0);
      }
      Duration runTook = Duration.ofNanos(System.nanoTime() - start);
      System.out.printf(
          "recalculation of %d issues: preview %d ms, run %d ms (%s)%n",
          ISSUES, previewTook.toMillis(), runTook.toMillis(), latest);
      assertThat(latest.get("status").asText()).isEqualTo("DONE");
      assertThat(latest.get("done").asInt()).isEqualTo(ISSUES);
    } finally {
      RecalculationHttpTest.sandbox.close();
    }
  }
}
