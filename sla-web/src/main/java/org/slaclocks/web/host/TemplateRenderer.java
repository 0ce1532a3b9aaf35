package org.slaclocks.web.host;

import java.util.Map;

/**
 * Host port: renders one of the web layer's Velocity templates (a classpath path such as {@code
 * web/templates/panel.vm}) with a context of the web layer's view objects. Jira renders with its
 * own Velocity (the velocity-allowlist applies); the sandbox with Velocity 1.7 set up the same way.
 * Both escape {@code $value} output as HTML.
 */
public interface TemplateRenderer {
  String render(String template, Map<String, Object> context);
}
