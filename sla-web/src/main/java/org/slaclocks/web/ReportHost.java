package org.slaclocks.web;

import java.time.Clock;
import java.util.Objects;
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
 * gives one counting the stored cycle rows at the request's now; the Jira app, until it reads the
 * rows, one over the cycles of the stored clocks in scope), templates and the time.
 */
public record ReportHost(
    Viewers viewers,
    ReportAccess access,
    IssueAccess issues,
    Supplier<SlaConfiguration> configuration,
    Supplier<ReportSource> source,
    TemplateRenderer templates,
    Clock clock) {
  public ReportHost {
    Objects.requireNonNull(viewers, "viewers");
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(issues, "issues");
    Objects.requireNonNull(configuration, "configuration");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(templates, "templates");
    Objects.requireNonNull(clock, "clock");
  }
}
