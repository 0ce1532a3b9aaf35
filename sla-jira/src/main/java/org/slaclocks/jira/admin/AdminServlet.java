package org.slaclocks.jira.admin;

import com.atlassian.sal.api.websudo.WebSudoManager;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slaclocks.web.host.ConfigurationAccess;
import org.slaclocks.web.host.TemplateRenderer;
import org.slaclocks.web.host.Viewer;
import org.slaclocks.web.host.Viewers;
import org.slaclocks.web.i18n.Messages;
import org.slaclocks.web.view.AdminPage;
import org.slaclocks.web.view.Templates;

/**
 * The SLA administration page under Jira's administration ({@code
 * /plugins/servlet/sla-clocks/admin}, the menu's "SLA Clocks" item): the web layer's page in Jira's
 * administration decorator. Jira administrators only, and only in Jira's secure administrator
 * session (websudo): without it Jira asks for the password first. Everyone else gets the refusal
 * (403) and nothing of the configuration; the page's script reads and writes through the REST API,
 * which checks the same permission on every call.
 */
public final class AdminServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(AdminServlet.class.getName());

  /** The Jira page around the web layer's body: title, decorator, menu position, resources. */
  static final String PAGE = "templates/admin-page.vm";

  private final transient Viewers viewers;
  private final transient ConfigurationAccess access;
  private final transient WebSudoManager webSudo;
  private final transient TemplateRenderer templates;

  public AdminServlet(
      Viewers viewers,
      ConfigurationAccess access,
      WebSudoManager webSudo,
      TemplateRenderer templates) {
    this.viewers = Objects.requireNonNull(viewers, "viewers");
    this.access = Objects.requireNonNull(access, "access");
    this.webSudo = Objects.requireNonNull(webSudo, "webSudo");
    this.templates = Objects.requireNonNull(templates, "templates");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Viewer viewer = viewers.current();
    boolean allowed = access.mayConfigure(viewer);
    if (allowed && !mayProceed(request, response)) {
      return; // Jira asks for the administrator password and comes back here
    }
    Messages messages = Messages.of(viewer.locale());
    AdminPage page =
        AdminPage.of(allowed, request.getContextPath() + "/rest/sla/1.0/", messages, viewer.zone());
    Map<String, Object> context = new HashMap<>();
    context.put("title", messages.text("adminui.title"));
    context.put("adminHtml", Templates.admin(templates, page));
    String html = templates.render(PAGE, context);
    response.setStatus(allowed ? HttpServletResponse.SC_OK : HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(html);
  }

  /**
   * Whether the secure administrator session allows the request; if not, Jira's websudo takes over
   * the response. A websudo that cannot be asked refuses (fails closed).
   */
  private boolean mayProceed(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      if (webSudo.canExecuteRequest(request)) {
        return true;
      }
      webSudo.enforceWebSudoProtection(request, response);
      return false;
    } catch (RuntimeException | LinkageError e) {
      LOG.log(Level.WARNING, "SLA administration: Jira's websudo could not be asked", e);
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return false;
    }
  }
}
