package org.slaclocks.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.slaclocks.cli.SlaCommand;

/**
 * A manager reads the SLA reports of the sample helpdesk in real Chromium: March 2026 in Amsterdam,
 * in English and in Dutch, every chart also as a table, a table downloaded as CSV (the very file
 * {@code sla report --format csv} writes), the gadgets of the dashboard, and Acme Corp's statement
 * printed to PDF by the browser. A person who may not browse a project sees no figure of it.
 */
class ReportPagesInChromiumTest {
  static final Instant NOW = Instant.parse("2026-04-28T09:30:00Z");
  static final String MANAGER = "manager.mia";
  static final String MARCH = "from=2026-03-01&to=2026-03-31&zone=Europe%2FAmsterdam";

  @TempDir static Path data;
  @TempDir static Path downloads;
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

  /**
   * {@code sla report} on the sample's two exports, as a manager would run it before installing.
   */
  static String slaReport(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "report",
                "--policies",
                "../examples/helpdesk/policies.json",
                "--issues",
                "../examples/helpdesk/issues.json",
                "--issues",
                "../examples/helpdesk/operations.json",
                "--now",
                NOW.toString(),
                "--from",
                "2026-03-01",
                "--to",
                "2026-03-31",
                "--zone",
                "Europe/Amsterdam"));
    args.addAll(List.of(more));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        SlaCommand.commandLine(new StringReader(""), new PrintWriter(out), new PrintWriter(err))
            .execute(args.toArray(String[]::new));
    assertThat(status).as(err.toString()).isZero();
    return out.toString();
  }

  /** The rows of a page's table, each row's cells as texts. */
  static List<List<String>> rows(String table) {
    List<List<String>> rows = new ArrayList<>();
    for (WebElement row :
        browser().findAll("table[data-sla-report-table='" + table + "'] tbody tr")) {
      rows.add(
          row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList());
    }
    return rows;
  }

  @Test
  void aManagerReadsTheReportOfMarchWithEveryChartAlsoATable() throws IOException {
    session.as(MANAGER, "en");
    browser().open("/");
    browser().find("a[data-sla-sandbox-nav='reports']").click();
    browser().find("#sla-report-from").sendKeys("");
    browser().open("/reports?" + MARCH);

    assertThat(browser().find("[data-sla-report-summary]").getText())
        .isEqualTo(
            "From 2026-03-01 to 2026-03-31 included (Europe/Amsterdam), projects HELP, OPS.");
    assertThat(browser().findAll("[data-sla-report-section]"))
        .extracting(s -> s.getAttribute("data-sla-report-section"))
        .containsExactly("compliance", "trend", "heatmap", "about");
    // the figures of sla report's text output, row for row (names, not ids, on both)
    String text = slaReport("--report", "compliance");
    List<List<String>> compliance = rows("compliance");
    assertThat(compliance).hasSizeGreaterThan(5);
    assertThat(compliance.get(0))
        .containsExactly(
            "Acme Corp (VIP)",
            "Time to first response",
            "21",
            "19",
            "2",
            "0",
            "0",
            "0",
            "2",
            "90.5%");
    assertThat(text).contains("Time to first response").contains("90.5%");
    // every chart has a title for screen readers and is followed by the table of its figures
    for (String chart : List.of("trend", "heatmap")) {
      WebElement svg =
          browser().find("[data-sla-report-section='" + chart + "'] svg[data-sla-report-chart]");
      assertThat(svg.getAttribute("role")).isEqualTo("img");
      assertThat(svg.findElement(By.tagName("title")).getAttribute("textContent")).isNotBlank();
      assertThat(rows(chart)).isNotEmpty();
    }
    List<List<String>> heat = rows("heatmap");
    assertThat(heat).hasSize(7);
    assertThat(heat.get(0).get(0)).isEqualTo("Mon");
    int cells = browser().findAll("svg[data-sla-report-chart='heatmap'] rect").size();
    assertThat(cells).isEqualTo(7 * 24);
    session.screenshot("reports");
    browser()
        .script(
            "arguments[0].scrollIntoView()", browser().find("[data-sla-report-section='trend']"));
    session.screenshot("reports-charts");
  }

  /**
   * A breakdown by a field the stored cycles do not keep is refused next to the field, naming those
   * that can be used, and the form offers only those.
   */
  @Test
  void aBreakdownByAFieldTheCyclesDoNotKeepIsRefusedNextToIt() throws IOException {
    session.as(MANAGER, "en");
    browser().open("/reports?" + MARCH + "&by=Status");

    assertThat(browser().find("[data-sla-problem][data-sla-field='by']").getText())
        .startsWith("Reports cannot break down by Status")
        .contains("Organization")
        .contains("priority");
    assertThat(browser().findAll("[data-sla-report-section='compliance'] table")).isEmpty();
    session.screenshot("reports-breakdown-refused");
  }

  @Test
  void theReportReadsInDutch() throws IOException {
    session.as(MANAGER, "nl");
    browser().open("/reports?" + MARCH + "&by=priority");

    assertThat(browser().find("[data-sla-report-section='compliance'] h2").getText())
        .isEqualTo("Naleving");
    assertThat(browser().find("table[data-sla-report-table='compliance'] thead").getText())
        .contains("Prioriteit")
        .contains("Gehaald")
        .contains("Overschreden");
    assertThat(rows("heatmap").get(0).get(0)).isEqualTo("ma");
    assertThat(
            browser().find("svg[data-sla-report-chart='trend'] title").getAttribute("textContent"))
        .isEqualTo("Gehaalde en overschreden cycli per week");
    session.screenshot("reports-nl");
  }

  @Test
  void aDownloadedCsvIsTheFileSlaReportWrites() throws Exception {
    session.as(MANAGER, "en");
    ((ChromeDriver) browser().driver())
        .executeCdpCommand(
            "Browser.setDownloadBehavior",
            Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    browser().open("/reports?" + MARCH + "&by=Organization");
    browser().find("a[data-sla-report-csv='compliance']").click();

    Path file = awaitDownload();
    assertThat(file.getFileName().toString()).isEqualTo("sla-compliance-2026-03-01-2026-03-31.csv");
    String csv = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(csv).startsWith("policy,metric,Organization,issues,met,breached,");
    assertThat(csv)
        .isEqualTo(slaReport("--format", "csv", "--report", "compliance", "--by", "Organization"));
  }

  private static Path awaitDownload() throws Exception {
    for (int i = 0; i < 100; i++) {
      try (Stream<Path> files = Files.list(downloads)) {
        List<Path> done = files.filter(p -> p.toString().endsWith(".csv")).toList();
        if (!done.isEmpty()) {
          return done.get(0);
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no CSV was downloaded into " + downloads);
  }

  @Test
  void acmeCorpsStatementPrintsToPdfInDutch() throws IOException {
    session.as(MANAGER, "en");
    browser().open("/reports/statement?" + MARCH);
    browser().find("#sla-statement-customer").sendKeys("Acme Corp");
    new Select(browser().find("#sla-statement-lang")).selectByValue("nl");
    browser().find("form[data-sla-statement-form] button[type='submit']").click();

    WebElement body =
        browser()
            .waitUntil(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-sla-statement-body]")));
    assertThat(body.getAttribute("lang")).isEqualTo("nl");
    assertThat(body.findElement(By.tagName("h1")).getText())
        .isEqualTo("SLA-overzicht voor Acme Corp");
    assertThat(browser().find("[data-sla-statement-credit]").getText())
        .isEqualTo("Verschuldigd servicecredit: EUR 380.00");
    assertThat(browser().find("table[data-sla-report-table='breaches'] caption").getText())
        .isEqualTo("Overschrijdingen (21)");
    assertThat(browser().find("table[data-sla-report-table='metrics']").getText())
        .as("goals in Dutch units and words")
        .contains("4u (prioriteit Highest); 8u (elke issue)")
        .doesNotContain("any issue");
    session.screenshot("statement");

    Pdf pdf = ((ChromeDriver) browser().driver()).print(new PrintOptions());
    byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
    Files.write(Path.of("target", "statement.pdf"), bytes); // to look at; not a document
    String raw = new String(bytes, StandardCharsets.ISO_8859_1);
    assertThat(raw).startsWith("%PDF-");
    assertThat(pages(raw)).as("pages").isGreaterThanOrEqualTo(1);
    assertThat(title(raw)).isEqualTo("SLA-overzicht voor Acme Corp - SLA Clocks sandbox");
    // what the print shows: the statement without the form or the sandbox's header
    ChromeDriver chrome = (ChromeDriver) browser().driver();
    chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertThat(browser().find("form[data-sla-statement-form]").isDisplayed()).isFalse();
      session.screenshot("statement-print");
    } finally {
      chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  /** The number of page objects of a PDF. */
  static int pages(String pdf) {
    Matcher m = Pattern.compile("/Type\\s*/Page[^s]").matcher(pdf);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** The title of a PDF's information dictionary, a literal or a UTF-16 hex string. */
  static String title(String pdf) {
    Matcher hex = Pattern.compile("/Title\\s*<FEFF([0-9A-Fa-f]*)>").matcher(pdf);
    if (hex.find()) {
      String h = hex.group(1);
      byte[] b = new byte[h.length() / 2];
      for (int i = 0; i < b.length; i++) {
        b[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
      }
      return new String(b, StandardCharsets.UTF_16BE);
    }
    Matcher literal = Pattern.compile("/Title\\s*\\(([^)]*)\\)").matcher(pdf);
    return literal.find() ? literal.group(1) : "";
  }

  @Test
  void theDashboardShowsTheThreeGadgets() throws IOException {
    session.as(MANAGER, "en");
    browser().open("/reports");
    browser().find("a[data-sla-sandbox-reports-nav='dashboard']").click();
    browser().open("/reports/dashboard?project=HELP");

    assertThat(browser().findAll("[data-sla-gadget]"))
        .extracting(g -> g.getAttribute("data-sla-gadget"))
        .containsExactly("compliance", "about", "heatmap");
    assertThat(browser().find("[data-sla-gadget='heatmap'] svg[data-sla-report-chart]"))
        .isNotNull();
    assertThat(browser().findAll("[data-sla-gadget='about'] tbody tr")).isNotEmpty();
    assertThat(browser().findAll("[data-sla-gadget='about'] tbody th"))
        .allMatch(key -> key.getText().startsWith("HELP-"));
    session.screenshot("dashboard");
  }

  /**
   * The dashboard items' script as Jira's dashboard runs it: an AMD module per item called with the
   * dashboard's API (here a stand-in recording what it is asked), fetching the body and the
   * configuration form from the app's servlet at Jira's address, saving the form as preferences.
   */
  @Test
  void theDashboardItemsScriptRendersAnItemAndSavesItsConfiguration() {
    session.as(MANAGER, "en");
    browser().open("/reports/dashboard");
    browser()
        .script(
            "window.slaModules = {};"
                + "window.define = function (name, deps, factory) {"
                + "  window.slaModules[name] = factory(window.jQuery); };"
                + "window.slaSaved = null;"
                + "window.slaApi = { showLoadingBar: function () {}, hideLoadingBar: function () {},"
                + "  resize: function () {}, savePreferences: function (p) { window.slaSaved = p; } };"
                + "var s = document.createElement('script'); s.src = '/static/web/js/sla-gadgets.js';"
                + "document.head.appendChild(s);");
    browser()
        .waitUntil(d -> browser().script("return !!window.slaModules['slaclocks/gadget/heatmap']"));
    browser()
        .script(
            "var Item = window.slaModules['slaclocks/gadget/heatmap'];"
                + "var box = document.createElement('div'); box.id = 'sla-test-item';"
                + "document.body.appendChild(box);"
                + "new Item(window.slaApi).render(box, {projects: 'OPS', filter: ''});");
    browser()
        .waitUntil(
            d ->
                !browser()
                    .findAll("#sla-test-item svg[data-sla-report-chart='heatmap']")
                    .isEmpty());
    assertThat(browser().find("#sla-test-item .sla-gadget-subtitle").getText())
        .endsWith("projects OPS.");

    browser()
        .script(
            "var Item = window.slaModules['slaclocks/gadget/about'];"
                + "var box = document.createElement('div'); box.id = 'sla-test-edit';"
                + "document.body.appendChild(box);"
                + "new Item(window.slaApi).renderEdit(box, {projects: 'HELP', filter: ''});");
    browser()
        .waitUntil(d -> !browser().findAll("#sla-test-edit form[data-sla-gadget-form]").isEmpty());
    browser().find("#sla-test-edit label[for='sla-gadget-about-project-2']").click();
    browser()
        .find("#sla-test-edit input[name='filter']")
        .sendKeys("slaBreached(\"Time to resolution\")");
    browser().find("#sla-test-edit button[type='submit']").click();
    @SuppressWarnings("unchecked")
    Map<String, Object> saved = (Map<String, Object>) browser().script("return window.slaSaved;");
    assertThat(saved)
        .containsEntry("projects", "HELP,OPS")
        .containsEntry("filter", "slaBreached(\"Time to resolution\")");
  }

  @Test
  void someoneWhoMayNotBrowseAProjectSeesNoFigureOfIt() {
    session.as(SandboxSession.GUEST, "en");
    browser().open("/reports?" + MARCH);

    assertThat(browser().find("[data-sla-report-summary]").getText()).endsWith("projects OPS.");
    assertThat(rows("compliance")).allMatch(row -> row.get(0).equals("Operations desk"));
    assertThat(rows("about")).allMatch(row -> row.get(0).startsWith("OPS-"));

    browser().open("/reports?" + MARCH + "&project=HELP");
    assertThat(browser().find("[data-sla-problem][data-sla-field='project']").getText())
        .isEqualTo("There is no project HELP that you may browse.");
    assertThat(browser().findAll("[data-sla-report-section]")).isEmpty();
  }
}
