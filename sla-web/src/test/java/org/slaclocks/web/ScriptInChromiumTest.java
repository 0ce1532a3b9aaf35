package org.slaclocks.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.slaclocks.tracking.Histories.AGENT;
import static org.slaclocks.tracking.Histories.CUSTOMER;
import static org.slaclocks.tracking.Histories.at;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slaclocks.tracking.Histories;
import org.slaclocks.tracking.Policies;
import org.slaclocks.web.host.IssueRef;
import org.slaclocks.web.rest.CountdownResource;
import org.slaclocks.web.rest.IssueResource;
import org.slaclocks.web.view.SlaViews;
import org.slaclocks.web.view.Templates;

/**
 * The script with the real templates and resources, in headless Chromium: a page holding a live
 * countdown, navigator placeholders and a panel, served by a tiny JDK HTTP server in front of the
 * resources (the sandbox's browser tests do the same through Jetty and Jersey). Chromium's virtual
 * time runs the page's timers for a few seconds at once; the DOM is read back afterwards.
 */
class ScriptInChromiumTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Charset UTF8 = StandardCharsets.UTF_8;

  private final TestHost test =
      new TestHost(Policies.helpdeskWithOutage(at("Mon+3 08:00")), at("Mon 16:59:58"));
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  @TempDir Path profile;
  private HttpServer server;
  private IssueRef help;
  private IssueRef secret;

  @BeforeEach
  void serve() throws IOException {
    // Next response of HELP-1, cycle 2: 30m 2s left at 16:59:58, counting until 17:00.
    help =
        test.add(
            Histories.created("HELP-1", at("Mon 13:30"))
                .comment(CUSTOMER, at("Mon 13:40"))
                .comment(AGENT, at("Mon 13:50"))
                .comment(CUSTOMER, at("Mon 15:30"))
                .build(),
            at("Mon 15:30"));
    secret = test.add(Histories.created("SECRET-700", at("Mon 13:30")).build(), at("Mon 13:30"));
    test.viewer(TestHost.OUTSIDER);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    WebHost host = test.host();
    try {
      if (path.equals("/page")) {
        send(exchange, 200, "text/html;charset=UTF-8", page(host));
      } else if (path.equals("/js/sla-clocks.js")) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(Templates.SCRIPT)) {
          send(exchange, 200, "text/javascript", new String(in.readAllBytes(), UTF8));
        }
      } else if (path.equals("/rest/sla/1.0/countdowns")) {
        List<String> ids = new ArrayList<>();
        List<String> metrics = new ArrayList<>();
        for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
          String[] kv = pair.split("=", 2);
          String value = URLDecoder.decode(kv[1], UTF8);
          (kv[0].equals("issueId") ? ids : metrics).add(value);
        }
        answer(exchange, new CountdownResource(host).countdowns(ids, metrics));
      } else if (path.startsWith("/rest/sla/1.0/issue/") && path.endsWith("/panel")) {
        String key = path.substring("/rest/sla/1.0/issue/".length(), path.length() - 6);
        answer(exchange, new IssueResource(host).panel(key));
      } else {
        send(exchange, 404, "text/plain", "no such page");
      }
    } catch (RuntimeException e) {
      send(exchange, 500, "text/plain", e.toString());
    }
  }

  private static void answer(HttpExchange exchange, Response response) throws IOException {
    Object entity = response.getEntity();
    String body =
        entity instanceof String text ? text : new ObjectMapper().writeValueAsString(entity);
    send(exchange, response.getStatus(), response.getMediaType().toString(), body);
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(UTF8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** What a host's issue page would hold: the field, two navigator cells and the panel. */
  private String page(WebHost host) {
    SlaViews views = new SlaViews(host);
    String panel =
        Templates.panel(host.templates(), views.panel(help, TestHost.OUTSIDER))
            .replace("data-sla-panel ", "data-sla-panel data-sla-refresh-ms=\"1500\" data-old ");
    return "<!doctype html><html><body>"
        + "<div id=\"field\">"
        + Templates.countdown(host.templates(), views.countdown(help, "ttnr", TestHost.OUTSIDER))
        + "</div><table><tr><td id=\"cell-help\">"
        + Templates.placeholderCell(
            host.templates(), views.placeholder(help.id(), "ttfr", TestHost.OUTSIDER))
        + "</td><td id=\"cell-secret\">"
        + Templates.placeholderCell(
            host.templates(), views.placeholder(secret.id(), "ttfr", TestHost.OUTSIDER))
        + "</td></tr></table>"
        + panel
        + "<script src=\"/js/sla-clocks.js\"></script>"
        + "<script>setTimeout(function () {"
        + " var b = document.querySelector('[data-sla-past-toggle]'); b.focus(); b.click();"
        + "}, 300);</script>"
        + "<script>setTimeout(function () {"
        + " document.body.setAttribute('data-focused',"
        + " document.activeElement.getAttribute('aria-controls'));"
        + "}, 5500);</script>"
        + "</body></html>";
  }

  private String dom(int virtualMillis) throws Exception {
    if (!Files.isExecutable(CHROMIUM)) {
      fail(
          "Chromium is missing at "
              + CHROMIUM
              + ": install it with `sudo apt-get install -y chromium chromium-driver`");
    }
    Process chromium =
        new ProcessBuilder(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--user-data-dir=" + profile,
                "--virtual-time-budget=" + virtualMillis,
                "--dump-dom",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/page")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      String dom = new String(chromium.getInputStream().readAllBytes(), UTF8);
      assertThat(chromium.waitFor(60, TimeUnit.SECONDS)).as("chromium finished").isTrue();
      return dom;
    } finally {
      chromium.destroyForcibly();
    }
  }

  private static String element(String dom, String idOrHook) {
    Matcher m = Pattern.compile("<[^>]*" + Pattern.quote(idOrHook) + "[^>]*>").matcher(dom);
    assertThat(m.find()).as(idOrHook).isTrue();
    return m.group();
  }

  @Test
  void theCountdownMovesChangesColourAndStopsAtClosingTimeCellsComeInOneRequestPanelRefreshes()
      throws Exception {
    String before =
        Templates.countdown(
            test.host().templates(),
            new SlaViews(test.host()).countdown(help, "ttnr", TestHost.OUTSIDER));
    assertThat(before).contains("sla-severity-warning").contains(">31m</span>");

    String dom = dom(6000);

    // The field counted 2 seconds down to closing time, turned to danger at 30 minutes, stopped.
    String field = element(dom, "data-sla-metric=\"ttnr\" data-sla-state=\"RUNNING\"");
    assertThat(field)
        .contains("sla-severity-danger")
        .doesNotContain("sla-severity-warning")
        .contains("data-sla-live-remaining=\"1800\"")
        .contains("data-sla-stopped=\"true\"")
        .doesNotContain("data-sla-until");
    assertThat(dom).contains("aria-hidden=\"true\">30m</span>");
    assertThat(dom).contains("Time to next response: 30m left, running.");

    // Both cells in one request; the issue the viewer may not browse stays empty.
    assertThat(requests.get("/rest/sla/1.0/countdowns").get()).isEqualTo(1);
    assertThat(dom).doesNotContain("data-sla-placeholder");
    assertThat(dom).contains("data-sla-cell=\"\" data-sla-countdown=\"\"");
    Matcher secretCell =
        Pattern.compile("<td id=\"cell-secret\">(.*?)</td>", Pattern.DOTALL).matcher(dom);
    assertThat(secretCell.find()).isTrue();
    assertThat(secretCell.group(1)).contains("data-sla-empty").doesNotContain("sla-value");

    // The panel was refreshed from the server, kept the unfolded cycles and the focus.
    assertThat(requests.get("/rest/sla/1.0/issue/HELP-1/panel").get()).isGreaterThanOrEqualTo(1);
    assertThat(dom).doesNotContain("data-old");
    assertThat(element(dom, "data-sla-past-toggle")).contains("aria-expanded=\"true\"");
    assertThat(element(dom, "data-sla-past-cycles")).doesNotContain("hidden");
    assertThat(element(dom, "data-focused"))
        .contains("data-focused=\"sla-past-" + help.id() + "-ttnr\"");
  }
}
