package org.slaclocks.sandbox;

import org.glassfish.jersey.server.ResourceConfig;

/** The web layer's REST resources, as the Jira app's REST module lists them. */
final class RestResources {
  private RestResources() {}

  static void register(ResourceConfig config, SandboxApp app) {
    // Filled in from sla-web's org.slaclocks.web.rest resources.
  }
}
