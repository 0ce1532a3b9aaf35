package org.slaclocks.jira.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.websudo.WebSudoManager;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.slaclocks.web.VelocityTemplates;
import org.slaclocks.web.host.TemplateRenderer;
import org.slaclocks.web.host.Viewer;

/**
 * The administration page in Jira: a Jira administrator in the secure session gets the web layer's
 * page in Jira's administration decorator; without the secure session Jira's websudo takes over;
 * anyone else gets the refusal and nothing of the configuration.
 */
class AdminServletTest {
  private static final Viewer ADA =
      new Viewer("ada", "Ada Admin", Locale.ENGLISH, ZoneId.of("Europe/Amsterdam"));
  private final WebSudoManager webSudo = mock(WebSudoManager.class);
  private final HttpServletRequest request = mock(HttpServletRequest.class);
  private final HttpServletResponse response = mock(HttpServletResponse.class);
  private final StringWriter body = new StringWriter();

  AdminServletTest() throws Exception {
    when(request.getContextPath()).thenReturn("/jira");
    when(response.getWriter()).thenReturn(new PrintWriter(body));
  }

  /** Jira's renderer: the web layer's templates, and the Jira page with a resource manager. */
  private static final class Renderer implements TemplateRenderer {
    private final TemplateRenderer web = new VelocityTemplates();

    @Override
    public String render(String template, Map<String, Object> context) {
      if (template.equals(AdminServlet.PAGE)) {
        String page = new VelocityTemplates().render(template, withResources(context));
        return page;
      }
      return web.render(template, context);
    }

    private static Map<String, Object> withResources(Map<String, Object> context) {
      java.util.Map<String, Object> all = new java.util.HashMap<>(context);
      all.put("webResourceManager", new Resources());
      return all;
    }
  }

  /** What Jira's WebResourceManager answers to requireResource in a template: nothing printed. */
  public static final class Resources {
    public String requireResource(String key) {
      return "<!-- " + key + " -->";
    }
  }

  private AdminServlet servlet(boolean admin) {
    return new AdminServlet(() -> ADA, viewer -> admin, webSudo, new Renderer());
  }

  @Test
  void anAdministratorInTheSecureSessionGetsThePageInJirasAdministration() throws Exception {
    when(webSudo.canExecuteRequest(request)).thenReturn(true);

    servlet(true).doGet(request, response);

    verify(response).setStatus(200);
    assertThat(body.toString())
        .contains("<meta name=\"decorator\" content=\"atl.admin\"/>")
        .contains("org.slaclocks.sla-clocks:sla-admin-resources")
        .contains("data-sla-admin")
        .contains("data-rest=\"/jira/rest/sla/1.0/\"")
        .contains("SLA configuration");
  }

  @Test
  void withoutTheSecureSessionJiraAsksForThePasswordFirst() throws Exception {
    when(webSudo.canExecuteRequest(request)).thenReturn(false);

    servlet(true).doGet(request, response);

    verify(webSudo).enforceWebSudoProtection(request, response);
    assertThat(body.toString()).isEmpty();
  }

  @Test
  void someoneWhoIsNotAnAdministratorIsRefusedAndSeesNoConfiguration() throws Exception {
    servlet(false).doGet(request, response);

    verify(response).setStatus(403);
    verify(webSudo, never()).canExecuteRequest(any());
    assertThat(body.toString())
        .contains("Only Jira administrators")
        .doesNotContain("data-sla-admin ")
        .doesNotContain("data-texts");
  }

  @Test
  void aWebSudoThatCannotBeAskedRefuses() throws Exception {
    when(webSudo.canExecuteRequest(request)).thenThrow(new IllegalStateException("gone"));

    servlet(true).doGet(request, response);

    verify(response).sendError(503);
    assertThat(body.toString()).isEmpty();
  }
}
