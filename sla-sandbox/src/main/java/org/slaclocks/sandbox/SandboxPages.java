package org.slaclocks.sandbox;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slaclocks.web.host.IssueRef;
import org.slaclocks.web.host.Viewer;
import org.slaclocks.web.i18n.Messages;
import org.slaclocks.web.view.AdminPage;
import org.slaclocks.web.view.CountdownView;
import org.slaclocks.web.view.SlaViews;
import org.slaclocks.web.view.Templates;

/**
 * The sandbox's pages: the issue list at {@code /}, the SLA search at {@code /search?jql=...}, and
 * an issue at {@code /browse/KEY} (Jira's address), with the web layer's countdown fields and SLA
 * panel. An issue that does not exist and one the person may not browse get the same page, with
 * status 404.
 */
final class SandboxPages extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient SandboxApp app;

  SandboxPages(SandboxApp app) {
    this.app = app;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getRequestURI();
    if (path.equals("/") || path.equals("/issues")) {
      list(request, response);
    } else if (path.equals("/search")) {
      search(request, response);
    } else if (path.startsWith("/browse/")) {
      issue(path.substring("/browse/".length()), request, response);
    } else if (path.equals("/admin")) {
      admin(request, response);
    } else if (path.equals("/outbox") || path.startsWith("/outbox/")) {
      outbox(path.substring("/outbox".length()), request, response);
    } else {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  private void list(HttpServletRequest request, HttpServletResponse response) throws IOException {
    SandboxViewers.Current current = app.viewers().currentPerson();
    Viewer viewer = current.viewer();
    SandboxTexts text = new SandboxTexts(current.locale());
    List<LoadedIssues.Issue> visible =
        app.issues().all().stream().filter(i -> app.access().mayBrowse(i, viewer)).toList();
    Map<String, Object> context = context(request, current, text);
    context.put("list", listPage(request, visible, "/?", viewer, text));
    render(response, HttpServletResponse.SC_OK, "sandbox/templates/list.vm", context);
  }

  /**
   * The search page: the box, the problems of the search in the person's language, or the matching
   * issues the person may browse, listed as the issue list lists them.
   */
  private void search(HttpServletRequest request, HttpServletResponse response) throws IOException {
    SandboxViewers.Current current = app.viewers().currentPerson();
    Viewer viewer = current.viewer();
    SandboxTexts text = new SandboxTexts(current.locale());
    Map<String, Object> context = context(request, current, text);
    String jql = request.getParameter("jql");
    List<SlaSearch.Problem> problems = List.of();
    if (jql != null) {
      SlaSearch.Outcome outcome = app.search(jql, viewer);
      problems = outcome.problems();
      if (outcome.isValid()) {
        List<LoadedIssues.Issue> found =
            outcome.issueIds().stream()
                .map(id -> app.issues().byId(id).orElseThrow())
                .filter(i -> app.access().mayBrowse(i, viewer))
                .toList();
        context.put(
            "list", listPage(request, found, "/search?jql=" + encode(jql) + "&", viewer, text));
      }
    }
    context.put("search", new SearchPage(jql == null ? "" : jql, problems, SlaSearch.EXAMPLE));
    render(
        response,
        problems.isEmpty() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_BAD_REQUEST,
        "sandbox/templates/search.vm",
        context);
  }

  /** What the search page shows besides the list: the search as typed and its problems. */
  public record SearchPage(String jql, List<SlaSearch.Problem> problems, String example) {
    public SearchPage {
      problems = List.copyOf(problems);
    }
  }

  /**
   * {@code issues} as the issue list shows them: sorted as the request asks (newest first, or by a
   * metric's breach instant), one page of 50, countdown cells as the web layer's placeholders; the
   * links start with {@code base} ({@code "/?"} or {@code "/search?jql=...&"}).
   */
  private IssueListPage listPage(
      HttpServletRequest request,
      List<LoadedIssues.Issue> issues,
      String base,
      Viewer viewer,
      SandboxTexts text) {
    Instant now = app.clock().instant();
    Map<String, String> metrics = IssueListPage.metrics(app.configuration().get());
    String sort = request.getParameter("sort");
    if (sort != null && !metrics.containsKey(sort)) {
      sort = null;
    }
    boolean descending = "desc".equals(request.getParameter("order"));
    List<LoadedIssues.Issue> ordered =
        IssueListPage.sorted(issues, sort, descending, app.clocks(), app.configuration());
    int pages =
        Math.max(1, (ordered.size() + IssueListPage.PAGE_SIZE - 1) / IssueListPage.PAGE_SIZE);
    int page = Math.min(pages, Math.max(1, intParameter(request, "page", 1)));
    List<LoadedIssues.Issue> shown =
        ordered.subList(
            (page - 1) * IssueListPage.PAGE_SIZE,
            Math.min(ordered.size(), page * IssueListPage.PAGE_SIZE));
    SlaViews views = app.views();
    List<IssueListPage.Row> rows = new ArrayList<>();
    for (LoadedIssues.Issue issue : shown) {
      List<String> cells = new ArrayList<>();
      for (String metricId : metrics.keySet()) {
        cells.add(
            Templates.placeholderCell(
                app.templates(), views.placeholder(issue.id(), metricId, viewer)));
      }
      IssueFields f = app.issues().fieldsAt(issue, now);
      rows.add(
          new IssueListPage.Row(
              issue.id(),
              issue.key(),
              f.summary(),
              f.status(),
              f.statusCategory(),
              f.priority(),
              f.assignee() != null ? f.assignee() : text.get("sandbox.unassigned"),
              cells));
    }
    List<IssueListPage.Column> columns = new ArrayList<>();
    for (Map.Entry<String, String> metric : metrics.entrySet()) {
      boolean sorted = metric.getKey().equals(sort);
      String order = sorted && !descending ? "desc" : "asc";
      columns.add(
          new IssueListPage.Column(
              metric.getKey(),
              metric.getValue(),
              base + "sort=" + encode(metric.getKey()) + "&order=" + order,
              sorted,
              sorted ? (descending ? "desc" : "asc") : ""));
    }
    String pageBase =
        sort == null
            ? base
            : base + "sort=" + encode(sort) + "&order=" + (descending ? "desc" : "asc") + "&";
    return new IssueListPage(
        columns,
        rows,
        page,
        pages,
        ordered.size(),
        page > 1 ? pageBase + "page=" + (page - 1) : null,
        page < pages ? pageBase + "page=" + (page + 1) : null);
  }

  /**
   * The SLA administration page: the web layer's page (the same the Jira app shows under its
   * administration), for the administrator person; the others see that only administrators may
   * configure SLAs (status 403).
   */
  private void admin(HttpServletRequest request, HttpServletResponse response) throws IOException {
    SandboxViewers.Current current = app.viewers().currentPerson();
    Viewer viewer = current.viewer();
    SandboxTexts text = new SandboxTexts(current.locale());
    Map<String, Object> context = context(request, current, text);
    boolean allowed = new SandboxConfigurationAccess(app.viewers().people()).mayConfigure(viewer);
    AdminPage page =
        AdminPage.of(
            allowed, SandboxServer.REST_BASE + "/", Messages.of(viewer.locale()), viewer.zone());
    context.put("adminHtml", Templates.admin(app.templates(), page));
    context.put("adminScript", "/static/" + Templates.ADMIN_SCRIPT);
    render(
        response,
        allowed ? HttpServletResponse.SC_OK : HttpServletResponse.SC_FORBIDDEN,
        "sandbox/templates/admin.vm",
        context);
  }

  /**
   * The outbox: administrators and agents read the mails about issues they may browse; {@code
   * /outbox/ID} opens one. Others see that they may not (status 403); a mail that does not exist
   * and one about an issue the person may not browse are the same 404.
   */
  private void outbox(String rest, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    SandboxViewers.Current current = app.viewers().currentPerson();
    Viewer viewer = current.viewer();
    SandboxTexts text = new SandboxTexts(current.locale());
    Map<String, Object> context = context(request, current, text);
    SandboxPerson.Role role = current.person().role();
    boolean allowed = role == SandboxPerson.Role.ADMINISTRATOR || role == SandboxPerson.Role.AGENT;
    if (!allowed) {
      context.put("outbox", new OutboxPage(false, List.of(), null));
      render(response, HttpServletResponse.SC_FORBIDDEN, "sandbox/templates/outbox.vm", context);
      return;
    }
    List<OutboxPage.Row> rows = new ArrayList<>();
    Map<Long, SandboxOutbox.Mail> readable = new HashMap<>();
    for (SandboxOutbox.Mail mail : app.outbox().mails()) {
      if (app.access().browsable(mail.issueKey(), viewer).isPresent()) {
        readable.put(mail.id(), mail);
        rows.add(
            new OutboxPage.Row(
                mail.id(),
                PageFrame.formatted(mail.sentAt(), current),
                mail.sentAt().toString(),
                mail.to(),
                mail.subject(),
                mail.issueKey()));
      }
    }
    OutboxPage.Opened opened = null;
    if (rest.length() > 1) {
      SandboxOutbox.Mail mail = null;
      try {
        mail = readable.get(Long.parseLong(rest.substring(1)));
      } catch (NumberFormatException e) {
        mail = null;
      }
      if (mail == null) {
        context.put("notFoundText", text.get("sandbox.outbox.notfound"));
        render(
            response, HttpServletResponse.SC_NOT_FOUND, "sandbox/templates/notfound.vm", context);
        return;
      }
      long id = mail.id();
      OutboxPage.Row row = rows.stream().filter(r -> r.id() == id).findFirst().orElseThrow();
      opened = new OutboxPage.Opened(row, mail.text(), mail.html());
    }
    context.put("outbox", new OutboxPage(true, rows, opened));
    render(response, HttpServletResponse.SC_OK, "sandbox/templates/outbox.vm", context);
  }

  private void issue(String key, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    SandboxViewers.Current current = app.viewers().currentPerson();
    Viewer viewer = current.viewer();
    SandboxTexts text = new SandboxTexts(current.locale());
    Map<String, Object> context = context(request, current, text);
    Optional<IssueRef> ref = app.access().browsable(key, viewer);
    if (ref.isEmpty()) {
      render(response, HttpServletResponse.SC_NOT_FOUND, "sandbox/templates/notfound.vm", context);
      return;
    }
    LoadedIssues.Issue issue = app.issues().byId(ref.get().id()).orElseThrow();
    SlaViews views = app.views();
    List<IssuePage.Field> countdowns = new ArrayList<>();
    for (CountdownView countdown : views.countdowns(ref.get(), viewer)) {
      countdowns.add(
          new IssuePage.Field(
              countdown.metricId(),
              countdown.metricName(),
              Templates.countdown(app.templates(), countdown)));
    }
    String panelHtml = Templates.panel(app.templates(), views.panel(ref.get(), viewer));
    context.put(
        "issue",
        IssuePage.of(
            app.issues().fieldsAt(issue, app.clock().instant()),
            ref.get().key(),
            countdowns,
            panelHtml,
            app.outbox().actions(ref.get().key()),
            current,
            text));
    render(response, HttpServletResponse.SC_OK, "sandbox/templates/issue.vm", context);
  }

  private Map<String, Object> context(
      HttpServletRequest request, SandboxViewers.Current current, SandboxTexts text) {
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
    return context;
  }

  private void render(
      HttpServletResponse response, int status, String template, Map<String, Object> context)
      throws IOException {
    String html = app.templates().render(template, context);
    response.setStatus(status);
    response.setContentType("text/html;charset=utf-8");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(html);
  }

  private static int intParameter(HttpServletRequest request, String name, int otherwise) {
    try {
      String value = request.getParameter(name);
      return value == null ? otherwise : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
