package org.slaclocks.sandbox;

import org.glassfish.jersey.server.ResourceConfig;
import org.slaclocks.web.AdminHost;
import org.slaclocks.web.ExclusionHost;
import org.slaclocks.web.WorkerHost;
import org.slaclocks.web.rest.ConfigurationResource;
import org.slaclocks.web.rest.CountdownResource;
import org.slaclocks.web.rest.ExclusionResource;
import org.slaclocks.web.rest.IssueResource;
import org.slaclocks.web.rest.RecalculationResource;
import org.slaclocks.web.rest.WorkerResource;

/**
 * The web layer's REST resources, as the Jira app's REST module serves them, and the sandbox's SLA
 * search ({@link SearchResource}).
 */
final class RestResources {
  private RestResources() {}

  static void register(ResourceConfig config, SandboxApp app) {
    config.register(new IssueResource(app.host()));
    config.register(new CountdownResource(app.host()));
    config.register(new SearchResource(app));
    config.register(
        new ConfigurationResource(
            new AdminHost(
                app.viewers(),
                new SandboxConfigurationAccess(app.viewers().people()),
                app.tracking().editor(app.clock()),
                app.tracking().audit(),
                app.clock())));
    config.register(new RecalculationResource(SandboxRecalculation.host(app)));
    config.register(
        new ExclusionResource(
            new ExclusionHost(
                app.viewers(),
                new SandboxConfigurationAccess(app.viewers().people()),
                app.tracking().exclusions(),
                app.access(),
                app.tracking().audit(),
                app.clock())));
    config.register(
        new WorkerResource(
            new WorkerHost(
                app.viewers(),
                new SandboxConfigurationAccess(app.viewers().people()),
                new org.slaclocks.jira.persistence.AoChangeQueue(app.tracking().activeObjects()),
                app.host().triggers(),
                app.access(),
                app.clock())));
  }
}
