package org.slaclocks.web;

import java.time.Clock;
import java.util.Objects;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.report.ReportSource;
import org.slaclocks.web.host.IssueAccess;
import org.slaclocks.web.host.ReportAccess;
import org.slaclocks.web.host.TemplateRenderer;
import org.slaclocks.web.host.Viewers;

/**
 * What a host gives the report pages and gadgets: who is viewing, what they may cover ({@code
 * access}) and browse ({@code issues}, for the clocks about to breach), the configuration (names,
 * policies with credits), the reports' answers ({@code source}, asked once per request: the sandbox
 * gives one counting the stored cycle rows at the request's now, as the Jira app does), how many
 * issue changes the worker has still to compute ({@code waiting}: a store's rows do not show them
 * yet, and after an upgrade that queues every issue, the issues not reached yet are missing),
 * templates and the time.
 */
public record ReportHost(
    Viewers viewers,
    ReportAccess access,
    IssueAccess issues,
    Supplier<SlaConfiguration> configuration,
    Supplier<ReportSource> source,
    IntSupplier waiting,
    TemplateRenderer templates,
    Clock clock) {
  /** A host whose answers are computed for each request: nothing waits. */
  public ReportHost(
      Viewers viewers,
      ReportAccess access,
      IssueAccess issues,
      Supplier<SlaConfiguration> configuration,
      Supplier<ReportSource> source,
      TemplateRenderer templates,
      Clock clock) {
    this(viewers, access, issues, configuration, source, () -> 0, templates, clock);
  }

  public ReportHost {
    Objects.requireNonNull(viewers, "viewers");
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(issues, "issues");
    Objects.requireNonNull(configuration, "configuration");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(waiting, "waiting");
    Objects.requireNonNull(templates, "templates");
    Objects.requireNonNull(clock, "clock");
  }
}
