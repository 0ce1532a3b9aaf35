package org.slaclocks.jira.gadget;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slaclocks.web.ReportHost;
import org.slaclocks.web.i18n.Messages;
import org.slaclocks.web.report.ReportPage;
import org.slaclocks.web.report.ReportPages;
import org.slaclocks.web.report.ReportViews;
import org.slaclocks.web.report.StatementPage;
import org.slaclocks.web.view.Templates;

/**
 * The SLA reports under {@code /plugins/servlet/sla-clocks/reports}: the report page, {@code
 * /statement} (a customer statement, made to print), {@code /csv?report=...} (a download), {@code
 * /gadget/KIND} (a dashboard item's body) and {@code /gadget/KIND/edit} (its configuration form).
 * Pages are in Jira's general decorator. Anyone signed in sees the figures of the projects they may
 * browse; a person who may browse none, and an anonymous visitor, get the refusal (403).
 */
public final class ReportServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** The servlet's path under {@code /plugins/servlet}. */
  static final String PATH = "/sla-clocks/reports";

  /** The Jira page around the web layer's body. */
  static final String PAGE = "templates/reports-page.vm";

  private final transient ReportHost host;

  public ReportServlet(ReportHost host) {
    this.host = Objects.requireNonNull(host, "host");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String base = request.getContextPath() + "/plugins/servlet" + PATH;
    ReportPages pages =
        new ReportPages(host, new ReportPages.Urls(base, base + "/statement", base + "/csv"));
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    String rest = path.startsWith(PATH) ? path.substring(PATH.length()) : path;
    Map<String, String[]> parameters = request.getParameterMap();
    Messages messages = Messages.of(host.viewers().current().locale());
    if (rest.isEmpty() || rest.equals("/")) {
      ReportPage page = pages.page(parameters);
      page(
          response,
          status(page.allowed(), page.problems().any()),
          messages.text("report.label.title"),
          Templates.report(host.templates(), page));
    } else if (rest.equals("/statement")) {
      StatementPage page = pages.statement(parameters);
      page(
          response,
          status(page.allowed(), page.problems().any()),
          page.heading().isEmpty() ? messages.text("report.label.statementTitle") : page.heading(),
          Templates.statement(host.templates(), page));
    } else if (rest.equals("/csv")) {
      csv(pages, parameters, response);
    } else if (rest.startsWith("/gadget/") && rest.endsWith("/edit")) {
      String kind = rest.substring("/gadget/".length(), rest.length() - "/edit".length());
      fragment(
          response, Templates.gadgetForm(host.templates(), pages.gadgetForm(kind, parameters)));
    } else if (rest.startsWith("/gadget/")) {
      ReportViews.Gadget gadget = pages.gadget(rest.substring("/gadget/".length()), parameters);
      fragment(response, Templates.gadget(host.templates(), gadget));
    } else {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  private static int status(boolean allowed, boolean problems) {
    return !allowed
        ? HttpServletResponse.SC_FORBIDDEN
        : problems ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_OK;
  }

  private void page(HttpServletResponse response, int status, String title, String bodyHtml)
      throws IOException {
    Map<String, Object> context = new HashMap<>();
    context.put("title", title);
    context.put("reportsHtml", bodyHtml);
    String html = host.templates().render(PAGE, context);
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(html);
  }

  private static void fragment(HttpServletResponse response, String html) throws IOException {
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(html);
  }

  private static void csv(
      ReportPages pages, Map<String, String[]> parameters, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    try {
      ReportViews.Download download = pages.csv(parameters);
      byte[] bytes = download.text().getBytes(StandardCharsets.UTF_8);
      response.setStatus(HttpServletResponse.SC_OK);
      response.setContentType("text/csv;charset=UTF-8");
      response.setHeader(
          "Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"");
      response.setContentLength(bytes.length);
      response.getOutputStream().write(bytes);
    } catch (ReportPages.ReportProblem e) {
      response.setStatus(
          e.isForbidden() ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType("text/plain;charset=UTF-8");
      response.getWriter().write(e.getMessage());
    }
  }
}
