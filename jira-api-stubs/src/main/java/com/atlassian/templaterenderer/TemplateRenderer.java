// Source: atlassian-labs/atlassian-slack-integration-server@d669438 (Platform 7.2.6, Jira 10.0.0)
// slack-server-integration-common/.../admin/ConfigureServlet.java:172
// templateRenderer.render(template, context, resp.getWriter()), catching IOException; declaration:
// atlassian-template-renderer-api 5.0.4 decompiled (ngannk-fptu/Decompiled-Files@e0c88ec,
// Platform 6) com/atlassian/templaterenderer/TemplateRenderer.java:11,14.
package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Renders a Velocity template of the calling plugin (the real one also throws RenderingException).
 */
public interface TemplateRenderer {
  void render(String templateName, Map<String, Object> context, Writer writer) throws IOException;
}
