package org.slaclocks.web;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.tracking.ClockRepository;
import org.slaclocks.tracking.TriggerLedger;
import org.slaclocks.web.host.IssueAccess;
import org.slaclocks.web.host.TemplateRenderer;
import org.slaclocks.web.host.Viewers;

/**
 * Everything a host gives the web layer: its ports, the current configuration (metric names,
 * calendars), the stored clocks, the ledger of reminders and escalations (what the panel shows
 * fired), and the time ({@code clock}: the system clock in Jira, a frozen or running one in the
 * sandbox). Views derive every value at {@code clock.instant()} from the stored facts; nothing is
 * read from a snapshot.
 */
public record WebHost(
    Viewers viewers,
    IssueAccess issues,
    Supplier<SlaConfiguration> configuration,
    ClockRepository clocks,
    TriggerLedger triggers,
    TemplateRenderer templates,
    Clock clock) {
  public WebHost {
    Objects.requireNonNull(viewers, "viewers");
    Objects.requireNonNull(issues, "issues");
    Objects.requireNonNull(configuration, "configuration");
    Objects.requireNonNull(clocks, "clocks");
    Objects.requireNonNull(triggers, "triggers");
    Objects.requireNonNull(templates, "templates");
    Objects.requireNonNull(clock, "clock");
  }
}
