package org.slaclocks.jira.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.slaclocks.web.host.TemplateRenderer;

/**
 * Renders the web layer's templates with Atlassian's template renderer: Jira's Velocity, which
 * HTML-escapes {@code $value} output and lets templates call only allowlisted methods (our {@code
 * velocity-allowlist} module). Templates are loaded from the app's own jar.
 */
public final class JiraTemplateRenderer implements TemplateRenderer {
  private final com.atlassian.templaterenderer.TemplateRenderer renderer;

  public JiraTemplateRenderer(com.atlassian.templaterenderer.TemplateRenderer renderer) {
    this.renderer = Objects.requireNonNull(renderer, "renderer");
  }

  @Override
  public String render(String template, Map<String, Object> context) {
    StringWriter out = new StringWriter();
    try {
      renderer.render(template, new HashMap<>(context), out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render " + template, e);
    }
    return out.toString();
  }
}
