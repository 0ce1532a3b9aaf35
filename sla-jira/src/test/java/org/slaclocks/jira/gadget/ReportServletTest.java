package org.slaclocks.jira.gadget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.slaclocks.clock.ClockState;
import org.slaclocks.clock.Cycle;
import org.slaclocks.clock.Goal;
import org.slaclocks.format.PolicyJson;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.report.MemoryReportSource;
import org.slaclocks.report.ReportCycle;
import org.slaclocks.web.ReportHost;
import org.slaclocks.web.VelocityTemplates;
import org.slaclocks.web.host.IssueAccess;
import org.slaclocks.web.host.IssueRef;
import org.slaclocks.web.host.ReportAccess;
import org.slaclocks.web.host.TemplateRenderer;
import org.slaclocks.web.host.Viewer;

/**
 * The reports in Jira: the page in Jira's general decorator with the reports' style, a gadget's
 * body and its configuration form, a CSV download, the refusal for a person who may browse no
 * project, and the note that the figures lack the changes the worker has still to compute. What a
 * request asks for is printed escaped.
 */
class ReportServletTest {
  private static final Viewer MIA =
      new Viewer("mia", "Mia Manager", Locale.ENGLISH, ZoneId.of("Europe/Amsterdam"));
  private static final String XSS = "<img src=x onerror=alert(1)>";

  private final HttpServletRequest request = mock(HttpServletRequest.class);
  private final HttpServletResponse response = mock(HttpServletResponse.class);
  private final StringWriter body = new StringWriter();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  ReportServletTest() throws Exception {
    when(request.getContextPath()).thenReturn("/jira");
    when(response.getWriter()).thenReturn(new PrintWriter(body, true));
    when(response.getOutputStream())
        .thenReturn(
            new ServletOutputStream() {
              @Override
              public void write(int b) {
                bytes.write(b);
              }

              @Override
              public boolean isReady() {
                return true;
              }

              @Override
              public void setWriteListener(WriteListener listener) {}
            });
  }

  /** Jira's renderer: the web layer's templates, and the Jira page with a resource manager. */
  private static final class Renderer implements TemplateRenderer {
    @Override
    public String render(String template, Map<String, Object> context) {
      Map<String, Object> all = new java.util.HashMap<>(context);
      all.put("webResourceManager", new Resources());
      return new VelocityTemplates().render(template, all);
    }
  }

  /** What Jira's WebResourceManager answers to requireResource in a template. */
  public static final class Resources {
    public String requireResource(String key) {
      return "<!-- " + key + " -->";
    }
  }

  private ReportServlet servlet(Map<String, String> projects) {
    return servlet(projects, 0);
  }

  /** With {@code waiting} issue changes the worker has still to compute. */
  private ReportServlet servlet(Map<String, String> projects, int waiting) {
    return servlet(
        projects,
        waiting,
        new SlaConfiguration(
            1, Map.of(), List.of(), List.of(), Set.of(), Set.of(), Set.of(), Map.of(), Map.of()),
        List.of(),
        mock(IssueAccess.class));
  }

  private ReportServlet servlet(
      Map<String, String> projects,
      int waiting,
      SlaConfiguration config,
      List<ReportCycle> cycles,
      IssueAccess issues) {
    ReportAccess access =
        new ReportAccess() {
          @Override
          public Map<String, String> projects(Viewer viewer) {
            return projects;
          }

          @Override
          public Set<Long> filterIssues(String filter, Viewer viewer) {
            throw new IllegalArgumentException("Jira does not accept the search " + filter);
          }
        };
    ReportHost host =
        new ReportHost(
            () -> MIA,
            access,
            issues,
            () -> config,
            () -> new MemoryReportSource(cycles),
            () -> waiting,
            new Renderer(),
            Clock.fixed(Instant.parse("2026-04-28T09:30:00Z"), ZoneOffset.UTC));
    return new ReportServlet(host);
  }

  private void get(String pathInfo, Map<String, String[]> parameters) {
    when(request.getPathInfo()).thenReturn(pathInfo);
    when(request.getParameterMap()).thenReturn(parameters);
  }

  @Test
  void theReportPageIsInJirasGeneralDecoratorWithItsStyle() throws Exception {
    get("/sla-clocks/reports", Map.of("from", new String[] {"2026-03-01"}));

    servlet(Map.of("HELP", "Helpdesk")).doGet(request, response);

    verify(response).setStatus(200);
    assertThat(body.toString())
        .contains("<meta name=\"decorator\" content=\"atl.general\"/>")
        .contains("org.slaclocks.sla-clocks:sla-reports-resources")
        .contains("data-sla-report-section=\"compliance\"")
        .contains("href=\"/jira/plugins/servlet/sla-clocks/reports/csv?from=2026-03-01")
        .doesNotContain("data-sla-report-waiting");
  }

  @Test
  void whileTheWorkerHasChangesToComputeThePageSaysItsFiguresLackThem() throws Exception {
    get("/sla-clocks/reports", Map.of());

    servlet(Map.of("HELP", "Helpdesk"), 1234).doGet(request, response);

    verify(response).setStatus(200);
    assertThat(body.toString())
        .contains("data-sla-report-waiting")
        .contains(
            "Figures are being prepared: 1,234 issue changes still wait to be computed, and the"
                + " figures below do not include them yet.")
        .contains("data-sla-report-section=\"compliance\"");
  }

  @Test
  void aFilterJiraRefusesIsSaidEscapedAndNothingIsCounted() throws Exception {
    get("/sla-clocks/reports", Map.of("filter", new String[] {XSS}));

    servlet(Map.of("HELP", "Helpdesk")).doGet(request, response);

    verify(response).setStatus(400);
    assertThat(body.toString())
        .contains("data-sla-field=\"filter\"")
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .doesNotContain(XSS)
        .doesNotContain("data-sla-report-section");
  }

  @Test
  void someoneWhoMayBrowseNoProjectIsRefused() throws Exception {
    get("/sla-clocks/reports/statement", Map.of());

    servlet(Map.of()).doGet(request, response);

    verify(response).setStatus(403);
    assertThat(body.toString()).contains("data-sla-report-refused");
  }

  @Test
  void aGadgetsBodyAndItsFormAreFragments() throws Exception {
    get("/sla-clocks/reports/gadget/heatmap", Map.of("project", new String[] {"HELP"}));
    servlet(Map.of("HELP", "Helpdesk")).doGet(request, response);
    assertThat(body.toString())
        .startsWith("<div class=\"sla-gadget\" data-sla-gadget=\"heatmap\">")
        .contains("svg class=\"sla-report-chart\"")
        .doesNotContain("decorator");

    body.getBuffer().setLength(0);
    get("/sla-clocks/reports/gadget/about/edit", Map.of("project", new String[] {"HELP"}));
    servlet(Map.of("HELP", "Helpdesk")).doGet(request, response);
    assertThat(body.toString())
        .contains("data-sla-gadget-form=\"about\"")
        .contains("value=\"HELP\" checked");
  }

  @Test
  void aCsvDownloadIsAnAttachment() throws Exception {
    get("/sla-clocks/reports/csv", Map.of("report", new String[] {"heatmap"}));

    servlet(Map.of("HELP", "Helpdesk")).doGet(request, response);

    verify(response).setStatus(200);
    verify(response).setContentType("text/csv;charset=UTF-8");
    assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("weekday,00,01,");
  }

  /**
   * A customer's statement counts every breach of the customer, but names only the issues the
   * viewer may browse (an issue security level can hide one in a project they may browse).
   */
  @Test
  void aStatementNamesNoIssueTheViewerMayNotBrowse() throws Exception {
    SlaConfiguration config = helpdesk();
    List<ReportCycle> cycles = acmeBreaches();
    IssueAccess issues = mock(IssueAccess.class);
    when(issues.browsable(eq("HELP-1"), any()))
        .thenReturn(Optional.of(new IssueRef(10_001, "HELP-1", "HELP")));
    when(issues.browsable(eq("HELP-2"), any())).thenReturn(Optional.empty());
    get(
        "/sla-clocks/reports/csv",
        Map.of(
            "report", new String[] {"statement"},
            "customer", new String[] {"Acme Corp"},
            "from", new String[] {"2026-04-01"},
            "to", new String[] {"2026-04-30"}));

    servlet(Map.of("HELP", "Helpdesk"), 0, config, cycles, issues).doGet(request, response);

    verify(response).setStatus(200);
    String csv = bytes.toString(StandardCharsets.UTF_8);
    assertThat(csv).contains("HELP-1").contains("(an issue you may not see)");
    assertThat(csv).doesNotContain("HELP-2");
  }

  private static SlaConfiguration helpdesk() throws Exception {
    return PolicyJson.parse(
        Files.readString(Path.of("..", "examples", "helpdesk", "policies.json")));
  }

  /** Two breached first responses of Acme Corp (the VIP policy's customer): HELP-1 and HELP-2. */
  private static List<ReportCycle> acmeBreaches() {
    Instant start = Instant.parse("2026-04-06T09:00:00Z");
    List<ReportCycle> cycles = new ArrayList<>();
    long id = 10_001;
    for (String key : List.of("HELP-1", "HELP-2")) {
      Cycle late =
          new Cycle(
              1,
              start,
              start.plus(Duration.ofHours(6)),
              new Goal(Duration.ofHours(4), null, "24/7", "any issue"),
              ClockState.BREACHED,
              Duration.ofHours(6),
              Duration.ofHours(-2),
              null,
              start.plus(Duration.ofHours(4)),
              null,
              List.of(),
              List.of());
      cycles.add(
          new ReportCycle(
              id++,
              key,
              "HELP",
              "vip",
              "first-response",
              late,
              ZoneOffset.UTC,
              Map.of("Organization", "Acme Corp", "priority", "High")));
    }
    return cycles;
  }

  /** A statement printed before the worker has counted every change would be wrong: it says so. */
  @Test
  void whileTheWorkerHasChangesToComputeTheStatementSaysItsFiguresLackThem() throws Exception {
    IssueAccess issues = mock(IssueAccess.class);
    when(issues.browsable(any(String.class), any()))
        .thenReturn(Optional.of(new IssueRef(10_001, "HELP-1", "HELP")));
    get(
        "/sla-clocks/reports/statement",
        Map.of(
            "customer", new String[] {"Acme Corp"},
            "from", new String[] {"2026-04-01"},
            "to", new String[] {"2026-04-30"}));

    servlet(Map.of("HELP", "Helpdesk"), 7, helpdesk(), acmeBreaches(), issues)
        .doGet(request, response);

    verify(response).setStatus(200);
    assertThat(body.toString())
        .contains("data-sla-report-waiting")
        .contains("7 issue changes still wait to be computed")
        .contains("data-sla-statement-body");
  }

  /** A gadget says it too, under its title. */
  @Test
  void whileTheWorkerHasChangesToComputeAGadgetSaysItsFiguresLackThem() throws Exception {
    get("/sla-clocks/reports/gadget/compliance", Map.of());

    servlet(Map.of("HELP", "Helpdesk"), 12).doGet(request, response);

    verify(response).setStatus(200);
    assertThat(body.toString())
        .contains("data-sla-gadget=\"compliance\"")
        .contains("12 issue changes still wait to be computed");
  }
}
