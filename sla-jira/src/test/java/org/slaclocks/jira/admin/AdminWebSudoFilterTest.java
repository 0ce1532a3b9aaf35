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
import javax.servlet.FilterChain;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.slaclocks.web.host.Viewer;

/**
 * The administration REST resources in Jira's secure administrator session: a browser outside it is
 * told to confirm the password on the administration page and nothing reaches the resource; a
 * script with its own credentials goes on; a websudo that cannot be asked refuses.
 */
class AdminWebSudoFilterTest {
  private static final Viewer BEA =
      new Viewer("bea", "Bea Beheer", Locale.forLanguageTag("nl"), ZoneId.of("Europe/Amsterdam"));
  private final WebSudoManager webSudo = mock(WebSudoManager.class);
  private final HttpServletRequest request = mock(HttpServletRequest.class);
  private final HttpServletResponse response = mock(HttpServletResponse.class);
  private final FilterChain chain = mock(FilterChain.class);
  private final StringWriter body = new StringWriter();
  private final AdminWebSudoFilter filter = new AdminWebSudoFilter(webSudo, () -> BEA);

  AdminWebSudoFilterTest() throws Exception {
    when(response.getWriter()).thenReturn(new PrintWriter(body, true));
  }

  @Test
  void aBrowserInTheSecureSessionReachesTheResource() throws Exception {
    when(webSudo.canExecuteRequest(request)).thenReturn(true);

    filter.doFilter(request, response, chain);

    verify(chain).doFilter(request, response);
    verify(response, never()).setStatus(any(Integer.class));
  }

  @Test
  void aBrowserOutsideTheSecureSessionIsToldWhatToDoInItsLanguage() throws Exception {
    when(webSudo.canExecuteRequest(request)).thenReturn(false);

    filter.doFilter(request, response, chain);

    verify(chain, never()).doFilter(any(), any());
    verify(response).setStatus(401);
    verify(response).setContentType("application/json;charset=UTF-8");
    assertThat(body.toString())
        .contains("\"websudo\":true")
        .contains("open de SLA-beheerpagina opnieuw");
  }

  @Test
  void aScriptWithItsOwnCredentialsIsNotAskedForABrowsersSecureSession() throws Exception {
    when(request.getHeader("Authorization")).thenReturn("Bearer NjE2...");

    filter.doFilter(request, response, chain);

    verify(chain).doFilter(request, response);
    verify(webSudo, never()).canExecuteRequest(any());
  }

  @Test
  void aWebsudoThatCannotBeAskedRefusesInsteadOfLettingThrough() throws Exception {
    when(webSudo.canExecuteRequest(request)).thenThrow(new IllegalStateException("SAL is gone"));

    filter.doFilter(request, response, chain);

    verify(chain, never()).doFilter(any(), any());
    verify(response).setStatus(503);
    assertThat(body.toString()).contains("niets gedaan");
  }
}
