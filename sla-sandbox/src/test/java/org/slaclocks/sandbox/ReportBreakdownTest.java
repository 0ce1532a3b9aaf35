package org.slaclocks.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports break down by the fields the stored cycles keep (priority, policy, the policies' scope,
 * goal and customer fields); any other field is refused next to the breakdown, by name, with the
 * fields that can be used, instead of failing the request.
 */
class ReportBreakdownTest {
  private static final Instant NOW = Instant.parse("2026-04-26T00:00:00Z");
  private static final String APRIL = "from=2026-04-01&to=2026-04-30&zone=Europe/Amsterdam";

  @TempDir Path data;

  private static HttpResponse<String> get(Sandbox sandbox, String path) throws Exception {
    return get(sandbox, path, "en");
  }

  private static HttpResponse<String> get(Sandbox sandbox, String path, String language)
      throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + sandbox.port() + path))
                .header(
                    "Cookie", "sla-sandbox-person=manager.mia; sla-sandbox-language=" + language)
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aFieldTheCyclesDoNotKeepIsRefusedByNameNextToTheBreakdown() throws Exception {
    try (Sandbox sandbox =
        Sandbox.start(new Sandbox.Options(Samples.POLICIES, Samples.EXPORTS, NOW, 0, data))) {
      HttpResponse<String> csv =
          get(sandbox, "/reports/csv?" + APRIL + "&report=compliance&by=Status");
      assertThat(csv.statusCode()).isEqualTo(400);
      assertThat(csv.body()).contains("Status").contains("Organization").contains("priority");

      HttpResponse<String> page = get(sandbox, "/reports?" + APRIL + "&by=Status");
      assertThat(page.statusCode()).as("the form, with its problem").isEqualTo(400);
      assertThat(page.body())
          .contains("data-sla-field=\"by\">Reports cannot break down by Status")
          .doesNotContain("data-sla-report-section");

      HttpResponse<String> dutch = get(sandbox, "/reports?" + APRIL + "&by=Status", "nl");
      assertThat(dutch.body()).contains("Rapporten kunnen niet uitsplitsen naar Status");
    }
  }

  @Test
  void everyFieldTheCyclesKeepIsOfferedAndAnswers() throws Exception {
    try (Sandbox sandbox =
        Sandbox.start(new Sandbox.Options(Samples.POLICIES, Samples.EXPORTS, NOW, 0, data))) {
      String page = get(sandbox, "/reports?" + APRIL).body();
      assertThat(page).contains("<option value=\"Organization\"");
      HttpResponse<String> csv =
          get(sandbox, "/reports/csv?" + APRIL + "&report=compliance&by=Organization");
      assertThat(csv.statusCode()).isEqualTo(200);
      assertThat(csv.body()).contains("Acme Corp");
    }
  }
}
