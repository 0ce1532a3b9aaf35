package org.slaclocks.sandbox;

import java.io.StringWriter;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.slaclocks.web.host.TemplateRenderer;

/**
 * Host port: Velocity 1.7 set up as Jira sets up its own for apps: templates from the classpath,
 * every {@code $reference} HTML-escaped unless its name ends in {@code Html} ({@link
 * HtmlEscapingHandler}), strict about nothing else. No log file is written.
 */
public final class VelocityTemplates implements TemplateRenderer {
  private final VelocityEngine engine;

  public VelocityTemplates() {
    Properties properties = new Properties();
    properties.setProperty(RuntimeConstants.RESOURCE_LOADER, "classpath");
    properties.setProperty(
        "classpath.resource.loader.class", ClasspathResourceLoader.class.getName());
    properties.setProperty("classpath.resource.loader.cache", "true");
    properties.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
    properties.setProperty(RuntimeConstants.OUTPUT_ENCODING, "UTF-8");
    properties.setProperty(
        RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS,
        "org.apache.velocity.runtime.log.NullLogChute");
    engine = new VelocityEngine(properties);
    engine.init();
  }

  @Override
  public String render(String template, Map<String, Object> context) {
    VelocityContext velocityContext = new VelocityContext();
    context.forEach(velocityContext::put);
    EventCartridge cartridge = new EventCartridge();
    cartridge.addReferenceInsertionEventHandler(new HtmlEscapingHandler());
    cartridge.attachToContext(velocityContext);
    Template t = engine.getTemplate(template, "UTF-8");
    StringWriter out = new StringWriter();
    t.merge(velocityContext, out);
    return out.toString();
  }
}
