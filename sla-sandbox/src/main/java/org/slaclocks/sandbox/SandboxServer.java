package org.slaclocks.sandbox;

import java.io.IOException;
import java.net.BindException;
import java.util.EnumSet;
import javax.servlet.DispatcherType;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * The embedded Jetty 10, bound to 127.0.0.1 only: the pages, the web layer's REST resources under
 * {@value #REST_BASE} (Jersey 2, Jackson), the static files under {@code /static}, and the header's
 * forms under {@code /sandbox}.
 */
final class SandboxServer implements AutoCloseable {
  static final String HOST = "127.0.0.1";
  static final String REST_BASE = "/rest/sla/1.0";

  /**
   * Jersey warns that resource instances "do not implement any provider interfaces" when they are
   * registered as instances (the web layer's resources take the host in their constructor), then
   * serves them as resources all the same. Held here: java.util.logging forgets unreferenced
   * loggers' levels.
   */
  private static final java.util.logging.Logger JERSEY_PROVIDERS =
      java.util.logging.Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");

  static {
    JERSEY_PROVIDERS.setLevel(java.util.logging.Level.SEVERE);
  }

  private final Server server;

  private SandboxServer(Server server) {
    this.server = server;
  }

  /**
   * Starts serving on {@code port} (0: any free port).
   *
   * @throws SandboxException when the port is taken or the server cannot start
   */
  static SandboxServer start(SandboxApp app, int port) {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost(HOST);
    connector.setPort(port);
    server.addConnector(connector);

    ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
    context.setContextPath("/");
    context.addFilter(
        new FilterHolder(new ViewerFilter(app.viewers())),
        "/*",
        EnumSet.of(DispatcherType.REQUEST));
    ResourceConfig rest = new ResourceConfig();
    RestResources.register(rest, app);
    rest.register(JacksonFeature.class);
    rest.property(ServerProperties.WADL_FEATURE_DISABLE, true);
    context.addServlet(new ServletHolder(new ServletContainer(rest)), REST_BASE + "/*");
    context.addServlet(new ServletHolder(new ClasspathStaticServlet()), "/static/*");
    context.addServlet(new ServletHolder(new SandboxActions(app)), "/sandbox/*");
    ServletHolder reports = new ServletHolder(new SandboxReports(app));
    context.addServlet(reports, SandboxReports.BASE + "/*");
    // Jira's address of the same pages, which the dashboard items' script asks
    context.addServlet(reports, SandboxReports.JIRA_PATH + SandboxReports.BASE + "/*");
    context.addServlet(new ServletHolder(new SandboxPages(app)), "/");
    server.setHandler(context);
    server.setStopAtShutdown(false);
    try {
      server.start();
    } catch (IOException e) {
      stopQuietly(server);
      if (e instanceof BindException || e.getCause() instanceof BindException) {
        throw new SandboxException(
            "port " + port + " on " + HOST + " is taken; choose another with --port N", e);
      }
      throw new SandboxException("the server cannot start: " + e.getMessage(), e);
    } catch (Exception e) {
      stopQuietly(server);
      throw new SandboxException("the server cannot start: " + e.getMessage(), e);
    }
    return new SandboxServer(server);
  }

  private static void stopQuietly(Server server) {
    try {
      server.stop();
    } catch (Exception ignored) {
      // already failing; the first error is the one to report
    }
  }

  int port() {
    return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
  }

  void join() throws InterruptedException {
    server.join();
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("the server did not stop: " + e.getMessage(), e);
    }
  }
}
