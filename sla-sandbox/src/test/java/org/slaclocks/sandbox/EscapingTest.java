package org.slaclocks.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever an export or a policy file says is shown as text, never run as markup. */
class EscapingTest {
  static final String ATTACK = "<img src=x onerror=alert(1)>";

  @TempDir Path dir;

  @Test
  void theRendererEscapesEveryReferenceButThoseNamedHtml() {
    VelocityTemplates templates = new VelocityTemplates();
    String out =
        templates.render(
            "sandbox/templates/escaping-test.vm",
            Map.of("value", ATTACK, "valueHtml", "<b>kept</b>", "holder", new Holder()));
    assertThat(out)
        .contains("plain=&lt;img src=x onerror=alert(1)&gt;")
        .contains("html=<b>kept</b>")
        .contains("method=&lt;img src=x onerror=alert(1)&gt;")
        .contains("methodHtml=<i>ok</i>")
        .doesNotContain("plain=" + ATTACK);
    // Velocity 1.7 writes velocity.log into the working directory unless its log is set.
    assertThat(Path.of("velocity.log")).doesNotExist();
  }

  /** A view with a text and a markup method. */
  public static final class Holder {
    public String text() {
      return ATTACK;
    }

    public String bodyHtml() {
      return "<i>ok</i>";
    }
  }

  @Test
  void htmlSuffixIsReadFromTheLastNameOfAReference() {
    assertThat(HtmlEscapingHandler.isHtml("$panelHtml")).isTrue();
    assertThat(HtmlEscapingHandler.isHtml("$!{issue.panelHtml()}")).isTrue();
    assertThat(HtmlEscapingHandler.isHtml("$issue.panelHtml")).isTrue();
    assertThat(HtmlEscapingHandler.isHtml("$text.get('x.Html')")).isFalse();
    assertThat(HtmlEscapingHandler.isHtml("$htmlValue")).isFalse();
    assertThat(HtmlEscapingHandler.isHtml("$issue.summary()")).isFalse();
  }

  @Test
  void anIssueSummaryAndAMetricNameWithMarkupAreShownEscaped() throws Exception {
    Path policies = dir.resolve("policies.json");
    Path issues = dir.resolve("issues.json");
    Files.writeString(
        policies,
        Files.readString(Samples.POLICIES)
            .replace("\"Time to first response\"", "\"" + ATTACK + "\""));
    Files.writeString(
        issues,
        Files.readString(Samples.ISSUES)
            .replace(
                "\"summary\": \"Change of billing address\"", "\"summary\": \"" + ATTACK + "\""));
    try (Sandbox sandbox =
        Sandbox.start(
            new Sandbox.Options(
                policies,
                List.of(issues),
                Instant.parse("2026-05-04T08:00:00Z"),
                0,
                dir.resolve("data")))) {
      HttpClient http = HttpClient.newHttpClient();
      for (String path : List.of("/", "/browse/HELP-1", "/?sort=first-response")) {
        HttpResponse<String> page =
            http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + sandbox.port() + path))
                    .header("Cookie", "sla-sandbox-person=admin")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        assertThat(page.body()).as(path).doesNotContain(ATTACK).contains("&lt;img src=x");
      }
    }
  }

  @Test
  void reportsStatementsAndGadgetsShowMarkupInNamesAndFieldsEscaped() throws Exception {
    Path policies = dir.resolve("policies.json");
    Path issues = dir.resolve("issues.json");
    Files.writeString(
        policies,
        Files.readString(Samples.POLICIES)
            .replace("\"Time to first response\"", "\"" + ATTACK + "\""));
    // the customer field's value: a breakdown's row, a statement's customer
    Files.writeString(issues, Files.readString(Samples.ISSUES).replace("Acme Corp", ATTACK));
    String customer = java.net.URLEncoder.encode(ATTACK, java.nio.charset.StandardCharsets.UTF_8);
    try (Sandbox sandbox =
        Sandbox.start(
            new Sandbox.Options(
                policies,
                List.of(issues),
                Instant.parse("2026-05-04T08:00:00Z"),
                0,
                dir.resolve("data")))) {
      HttpClient http = HttpClient.newHttpClient();
      String march = "from=2026-03-01&to=2026-03-31&zone=Europe/Amsterdam";
      for (String path :
          List.of(
              "/reports?" + march + "&by=Organization",
              "/reports/statement?" + march + "&customer=" + customer,
              "/reports/dashboard",
              "/reports/gadget/compliance",
              "/reports?" + march + "&filter=" + customer)) {
        HttpResponse<String> page =
            http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + sandbox.port() + path))
                    .header("Cookie", "sla-sandbox-person=manager.mia")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(path).isIn(200, 400);
        assertThat(page.body()).as(path).doesNotContain(ATTACK).contains("&lt;img src=x");
      }
    }
  }
}
