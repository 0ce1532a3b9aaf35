package org.slaclocks.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slaclocks.tracking.Histories.at;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.tracking.Histories;
import org.slaclocks.tracking.Policies;
import org.slaclocks.web.TestHost;
import org.slaclocks.web.host.IssueRef;
import org.slaclocks.web.host.Viewer;

/** The resources called directly with test ports, as the scripts call them through a host. */
class ResourcesTest {
  private static final SlaConfiguration HELPDESK = Policies.helpdeskWithOutage(at("Mon+3 08:00"));
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestHost test = new TestHost(HELPDESK, at("Mon 10:00"));
  private final IssueRef help =
      test.add(Histories.created("HELP-1", at("Mon 09:00")).build(), at("Mon 09:00"));
  private final IssueRef secret =
      test.add(Histories.created("SECRET-700", at("Mon 09:00")).build(), at("Mon 09:00"));

  private static JsonNode json(Response response) throws Exception {
    return JSON.readTree(JSON.writeValueAsString(response.getEntity()));
  }

  @Test
  void anIssuesClocksComeAsJsonWithMachineValuesAndTexts() throws Exception {
    Response response = new IssueResource(test.host()).clocks("HELP-1");

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getHeaderString("Cache-Control")).isEqualTo("no-store");
    JsonNode body = json(response);
    assertThat(body.get("issueKey").asText()).isEqualTo("HELP-1");
    assertThat(body.get("now").asLong()).isEqualTo(at("Mon 10:00").toEpochMilli());
    JsonNode first = body.get("clocks").get(0);
    assertThat(first.get("metricId").asText()).isEqualTo("ttfr");
    assertThat(first.get("state").asText()).isEqualTo("RUNNING");
    assertThat(first.get("remainingSeconds").asLong()).isEqualTo(3 * 3600);
    assertThat(first.get("breachAt").asText()).isEqualTo("2026-01-05T12:00:00Z");
    assertThat(first.get("countsDownUntil").asLong()).isEqualTo(at("Mon 17:00").toEpochMilli());
    assertThat(first.get("valueText").asText()).isEqualTo("3h");
    assertThat(body.get("clocks")).hasSize(3);
  }

  @Test
  void anIssueTheCallerMayNotBrowseAnswersExactlyAsOneThatDoesNotExist() throws Exception {
    test.viewer(TestHost.OUTSIDER);
    IssueResource resource = new IssueResource(test.host());

    List<Response> forbidden = List.of(resource.clocks("SECRET-700"), resource.panel("SECRET-700"));
    List<Response> unknown = List.of(resource.clocks("SECRET-800"), resource.panel("SECRET-800"));

    for (int i = 0; i < 2; i++) {
      Response a = forbidden.get(i);
      Response b = unknown.get(i);
      assertThat(a.getStatus()).isEqualTo(404).isEqualTo(b.getStatus());
      assertThat(a.getMediaType()).isEqualTo(b.getMediaType());
      assertThat(a.getHeaderString("Cache-Control")).isEqualTo("no-store");
      assertThat(json(a).get("message").asText().replace("SECRET-700", "KEY"))
          .isEqualTo(json(b).get("message").asText().replace("SECRET-800", "KEY"))
          .isEqualTo("Issue KEY does not exist, or you may not see it.");
    }
    assertThat(resource.clocks("HELP-1").getStatus()).isEqualTo(200);
  }

  @Test
  void thePanelIsServerRenderedHtml() {
    Response response = new IssueResource(test.host()).panel("HELP-1");

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getMediaType().toString()).isEqualTo("text/html;charset=UTF-8");
    assertThat(response.getHeaderString("Cache-Control")).isEqualTo("no-store");
    assertThat((String) response.getEntity())
        .contains("data-sla-panel data-sla-issue-key=\"HELP-1\"")
        .contains("Time to first response");
  }

  @Test
  void thePanelSpeaksTheCallersLanguage() {
    test.viewer(TestHost.DUTCH_AGENT);

    assertThat((String) new IssueResource(test.host()).panel("HELP-1").getEntity())
        .contains(">Resterend</dt>");
  }

  @Test
  void aPageOfCellsIsOneRequestOneReadAndLeavesOutWhatTheCallerMayNotBrowse() throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 2; i <= 50; i++) {
      IssueRef issue =
          test.add(Histories.created("HELP-" + i, at("Mon 09:00")).build(), at("Mon 09:00"));
      ids.add(Long.toString(issue.id()));
    }
    ids.add(Long.toString(help.id()));
    ids.add(Long.toString(secret.id()));
    ids.add("99999");
    test.viewer(TestHost.OUTSIDER);
    int readsBefore = test.clocks().loadAllCalls();

    Response response = new CountdownResource(test.host()).countdowns(ids, List.of("ttfr", "ttr"));

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getHeaderString("Cache-Control")).isEqualTo("no-store");
    assertThat(test.clocks().loadAllCalls() - readsBefore).isEqualTo(1);
    assertThat(test.issues().bulkCalls()).isEqualTo(1);
    JsonNode issues = json(response).get("issues");
    assertThat(issues).hasSize(50);
    assertThat(issues.has(Long.toString(secret.id()))).isFalse();
    assertThat(issues.has("99999")).isFalse();
    JsonNode cell = issues.get(Long.toString(help.id())).get("ttfr");
    assertThat(cell.get("state").asText()).isEqualTo("RUNNING");
    assertThat(cell.get("remainingSeconds").asLong()).isEqualTo(10_800);
    assertThat(cell.get("html").asText())
        .contains("data-sla-cell data-sla-countdown")
        .contains(">3h</span>");
    assertThat(issues.get(Long.toString(help.id())).get("ttr").get("state").asText())
        .isEqualTo("RUNNING");
  }

  @Test
  void moreThanAHundredIssuesIsABadRequestWithAClearMessage() throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      ids.add(Integer.toString(20_000 + i));
    }

    Response response = new CountdownResource(test.host()).countdowns(ids, List.of());

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(json(response).get("message").asText())
        .isEqualTo("At most 100 issues per request; 101 were asked for.");
    assertThat(test.issues().bulkCalls()).isZero();
  }

  @Test
  void anIssueIdThatIsNotANumberIsABadRequest() throws Exception {
    Response response =
        new CountdownResource(test.host()).countdowns(List.of("10001", "HELP-1"), List.of());

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(json(response).get("message").asText())
        .isEqualTo("issueId must be a number, not 'HELP-1'.");
  }

  @Test
  void errorsSpeakTheCallersLanguage() throws Exception {
    test.viewer(new Viewer("x", "X", Locale.forLanguageTag("nl"), Histories.ZONE));

    assertThat(json(new IssueResource(test.host()).clocks("NOPE-1")).get("message").asText())
        .isEqualTo("Issue NOPE-1 bestaat niet, of u mag deze niet zien.");
  }
}
