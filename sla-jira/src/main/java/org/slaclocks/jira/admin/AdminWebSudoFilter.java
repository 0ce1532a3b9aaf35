package org.slaclocks.jira.admin;

import com.atlassian.sal.api.websudo.WebSudoManager;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slaclocks.format.Json;
import org.slaclocks.web.host.Viewers;
import org.slaclocks.web.i18n.Messages;

/**
 * Jira's secure administrator session (websudo) for the administration REST resources ({@code
 * /rest/sla/1.0/admin/...}), as for the administration page: a browser calling them with its Jira
 * session must be in the secure session, or gets 401 with a message telling the administrator to
 * open the administration page again (where Jira asks for the password). A call that brings its own
 * credentials ({@code Authorization}: basic or a personal access token) is a script's, which has no
 * secure session to be in; the resources check the administrator permission on every call either
 * way. A websudo that cannot be asked refuses (503): the filter fails closed.
 */
public final class AdminWebSudoFilter implements Filter {
  private static final Logger LOG = Logger.getLogger(AdminWebSudoFilter.class.getName());

  private final WebSudoManager webSudo;
  private final Viewers viewers;

  public AdminWebSudoFilter(WebSudoManager webSudo, Viewers viewers) {
    this.webSudo = Objects.requireNonNull(webSudo, "webSudo");
    this.viewers = Objects.requireNonNull(viewers, "viewers");
  }

  @Override
  public void init(FilterConfig config) {
    // nothing to set up
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    if (request.getHeader("Authorization") != null) {
      chain.doFilter(request, response);
      return;
    }
    boolean secure;
    try {
      secure = webSudo.canExecuteRequest(request);
    } catch (RuntimeException | LinkageError e) {
      LOG.log(Level.WARNING, "SLA administration REST: Jira's websudo could not be asked", e);
      refuse(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "admin.websudoUnavailable");
      return;
    }
    if (secure) {
      chain.doFilter(request, response);
    } else {
      refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "admin.websudo");
    }
  }

  private void refuse(HttpServletResponse response, int status, String key) throws IOException {
    String message;
    try {
      message = Messages.of(viewers.current().locale()).text(key);
    } catch (RuntimeException e) {
      message = Messages.of(java.util.Locale.ENGLISH).text(key);
    }
    ObjectNode body = Json.MAPPER.createObjectNode().put("message", message).put("websudo", true);
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(body.toString());
  }

  @Override
  public void destroy() {
    // nothing to release
  }
}
