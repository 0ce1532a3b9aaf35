package org.slaclocks.web;

import java.time.Clock;
import java.util.Objects;
import org.slaclocks.tracking.AuditLog;
import org.slaclocks.tracking.ExclusionRepository;
import org.slaclocks.web.host.ConfigurationAccess;
import org.slaclocks.web.host.IssueAccess;
import org.slaclocks.web.host.Viewers;

/**
 * What a host gives the exclusion windows resource: who is asking and whether they may configure,
 * the app's stored windows, the issues (a window on one issue is named by its key), the audit log
 * and the time.
 */
public record ExclusionHost(
    Viewers viewers,
    ConfigurationAccess access,
    ExclusionRepository exclusions,
    IssueAccess issues,
    AuditLog audit,
    Clock clock) {
  public ExclusionHost {
    Objects.requireNonNull(viewers, "viewers");
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(exclusions, "exclusions");
    Objects.requireNonNull(issues, "issues");
    Objects.requireNonNull(audit, "audit");
    Objects.requireNonNull(clock, "clock");
  }
}
