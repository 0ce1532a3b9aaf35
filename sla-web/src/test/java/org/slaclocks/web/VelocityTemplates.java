package org.slaclocks.web;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.runtime.log.NullLogChute;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.slaclocks.web.host.TemplateRenderer;

/**
 * Renders the web layer's templates with Velocity 1.7 set up as Jira's: classpath templates, and
 * every {@code $reference} HTML-escaped unless its name ends in {@code Html}. Strict references, so
 * a template calling a method that does not exist fails the test instead of printing itself.
 */
public final class VelocityTemplates implements TemplateRenderer {
  private final VelocityEngine engine;

  public VelocityTemplates() {
    Properties properties = new Properties();
    properties.setProperty("resource.loader", "class");
    properties.setProperty("class.resource.loader.class", ClasspathResourceLoader.class.getName());
    properties.setProperty("class.resource.loader.cache", "true");
    properties.setProperty("input.encoding", "UTF-8");
    properties.setProperty("output.encoding", "UTF-8");
    properties.setProperty("runtime.log.logsystem.class", NullLogChute.class.getName());
    properties.setProperty("velocimacro.library", "");
    properties.setProperty("runtime.references.strict", "true");
    engine = new VelocityEngine(properties);
    engine.init();
  }

  @Override
  public String render(String template, Map<String, Object> context) {
    VelocityContext velocity = new VelocityContext(new HashMap<>(context));
    EventCartridge cartridge = new EventCartridge();
    cartridge.addEventHandler(new HtmlEscaping());
    cartridge.attachToContext(velocity);
    StringWriter out = new StringWriter();
    engine.mergeTemplate(template, "UTF-8", velocity, out);
    return out.toString();
  }

  /**
   * Escapes {@code < > & " '} in every inserted value, as Jira does for names not ending in Html.
   */
  static final class HtmlEscaping implements ReferenceInsertionEventHandler {
    @Override
    public Object referenceInsert(String reference, Object value) {
      if (value == null) {
        return null;
      }
      String name = reference.replace("$", "").replace("!", "").replace("{", "").replace("}", "");
      if (name.endsWith("()")) {
        name = name.substring(0, name.length() - 2);
      }
      if (name.endsWith("Html")) {
        return value;
      }
      return escape(value.toString());
    }
  }

  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
