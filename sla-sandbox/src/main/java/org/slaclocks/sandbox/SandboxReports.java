package org.slaclocks.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slaclocks.jira.persistence.AoReportSource;
import org.slaclocks.report.ReportSource;
import org.slaclocks.web.ReportHost;
import org.slaclocks.web.report.ReportPage;
import org.slaclocks.web.report.ReportPages;
import org.slaclocks.web.report.ReportViews;
import org.slaclocks.web.report.StatementPage;
import org.slaclocks.web.view.Templates;

/**
 * The web layer's report pages in the sandbox, as the Jira app serves them: {@code /reports} (the
 * report), {@code /reports/statement} (a customer statement), {@code /reports/csv?report=...} (a
 * download), {@code /reports/dashboard} (the three gadgets side by side, as on a Jira dashboard)
 * and {@code /reports/gadget/KIND} (one gadget's body, what Jira's dashboard item shows) with
 * {@code /reports/gadget/KIND/edit} (its configuration form). They answer at Jira's address too
 * ({@code /plugins/servlet/sla-clocks/reports/...}), which the dashboard items' script asks.
 */
final class SandboxReports extends HttpServlet {
  private static final long serialVersionUID = 1L;
  static final String BASE = "/reports";

  /** Where Jira serves the app's servlets ({@code /plugins/servlet/sla-clocks}). */
  static final String JIRA_PATH = "/plugins/servlet/sla-clocks";

  private final transient SandboxApp app;
  private final transient ReportPages pages;

  SandboxReports(SandboxApp app) {
    this.app = app;
    ReportHost host =
        new ReportHost(
            app.viewers(),
            new SandboxReportAccess(app),
            app.access(),
            app.configuration(),
            () -> source(app),
            app.templates(),
            app.clock());
    this.pages =
        new ReportPages(host, new ReportPages.Urls(BASE, BASE + "/statement", BASE + "/csv"));
  }

  /**
   * The app's store's report source (sla-store) over the sandbox's own tables: the cycle rows the
   * clock store wrote when the issues were stored at the sandbox's now (again whenever time moves),
   * counted at one now per request (running time would otherwise move between a page's questions),
   * with the calendars and exclusion windows in force.
   */
  private static ReportSource source(SandboxApp app) {
    return new AoReportSource(
        app.tracking().activeObjects(),
        app.clocks(),
        app.configuration().get()::calendar,
        Clock.fixed(app.clock().instant(), ZoneOffset.UTC),
        app.tracking()::exclusionsInForce);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getRequestURI();
    if (path.startsWith(JIRA_PATH)) {
      path = path.substring(JIRA_PATH.length());
    }
    Map<String, String[]> parameters = request.getParameterMap();
    SandboxViewers.Current current = app.viewers().currentPerson();
    SandboxTexts text = new SandboxTexts(current.locale());
    if (path.equals(BASE) || path.equals(BASE + "/")) {
      ReportPage page = pages.page(parameters);
      render(
          request,
          response,
          status(page.allowed(), page.problems().any()),
          text.get("sandbox.reports.title"),
          Templates.report(app.templates(), page),
          current,
          text);
    } else if (path.equals(BASE + "/statement")) {
      StatementPage page = pages.statement(parameters);
      render(
          request,
          response,
          status(page.allowed(), page.problems().any()),
          // the customer's name in the title: a printed PDF carries it as its title
          page.heading().isEmpty() ? text.get("sandbox.statement.title") : page.heading(),
          Templates.statement(app.templates(), page),
          current,
          text);
    } else if (path.equals(BASE + "/csv")) {
      csv(parameters, response);
    } else if (path.equals(BASE + "/dashboard")) {
      StringBuilder body = new StringBuilder("<div class=\"sla-sandbox-dashboard\">");
      for (String kind : ReportPages.GADGETS) {
        body.append("<div class=\"sla-sandbox-dashboard-item\">")
            .append(Templates.gadget(app.templates(), pages.gadget(kind, parameters)))
            .append("</div>");
      }
      render(
          request,
          response,
          HttpServletResponse.SC_OK,
          text.get("sandbox.dashboard.title"),
          body.append("</div>").toString(),
          current,
          text);
    } else if (path.startsWith(BASE + "/gadget/") && path.endsWith("/edit")) {
      String kind = path.substring((BASE + "/gadget/").length(), path.length() - "/edit".length());
      fragment(response, Templates.gadgetForm(app.templates(), pages.gadgetForm(kind, parameters)));
    } else if (path.startsWith(BASE + "/gadget/")) {
      ReportViews.Gadget gadget =
          pages.gadget(path.substring((BASE + "/gadget/").length()), parameters);
      fragment(response, Templates.gadget(app.templates(), gadget));
    } else {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  private static void fragment(HttpServletResponse response, String html) throws IOException {
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("text/html;charset=utf-8");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(html);
  }

  private static int status(boolean allowed, boolean problems) {
    return !allowed
        ? HttpServletResponse.SC_FORBIDDEN
        : problems ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_OK;
  }

  private void csv(Map<String, String[]> parameters, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    try {
      ReportViews.Download download = pages.csv(parameters);
      response.setStatus(HttpServletResponse.SC_OK);
      response.setContentType("text/csv;charset=utf-8");
      response.setHeader(
          "Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"");
      byte[] bytes = download.text().getBytes(StandardCharsets.UTF_8);
      response.setContentLength(bytes.length);
      response.getOutputStream().write(bytes);
    } catch (ReportPages.ReportProblem e) {
      response.setStatus(
          e.isForbidden() ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType("text/plain;charset=utf-8");
      response.getWriter().write(e.getMessage());
    }
  }

  private void render(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String title,
      String bodyHtml,
      SandboxViewers.Current current,
      SandboxTexts text)
      throws IOException {
    Instant now = app.clock().instant();
    String query = request.getQueryString();
    String back = request.getRequestURI() + (query == null ? "" : "?" + query);
    Map<String, Object> context = new HashMap<>();
    context.put("text", text);
    context.put(
        "frame",
        PageFrame.of(text, current, app.viewers().people(), now, app.clock().isFrozen(), back));
    context.put("webScript", "/static/" + Templates.SCRIPT);
    context.put("webStyle", "/static/" + Templates.STYLE);
    context.put("reportStyle", "/static/" + Templates.REPORT_STYLE);
    context.put("title", title);
    context.put("bodyHtml", bodyHtml);
    String html = app.templates().render("sandbox/templates/reports.vm", context);
    response.setStatus(status);
    response.setContentType("text/html;charset=utf-8");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(html);
  }
}
