package org.slaclocks.web;

import java.time.Clock;
import java.util.Objects;
import org.slaclocks.tracking.ChangeQueue;
import org.slaclocks.tracking.TriggerLedger;
import org.slaclocks.web.host.ConfigurationAccess;
import org.slaclocks.web.host.IssueAccess;
import org.slaclocks.web.host.Viewers;

/**
 * What a host gives the worker's health resource: who is asking and whether they may configure, the
 * change queue (backlog, parked issues, retry), the ledger of reminders and escalations (what waits
 * to be sent, what failed for good), the issues (keys of those the viewer may browse) and the time.
 */
public record WorkerHost(
    Viewers viewers,
    ConfigurationAccess access,
    ChangeQueue queue,
    TriggerLedger triggers,
    IssueAccess issues,
    Clock clock) {
  public WorkerHost {
    Objects.requireNonNull(viewers, "viewers");
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(triggers, "triggers");
    Objects.requireNonNull(issues, "issues");
    Objects.requireNonNull(clock, "clock");
  }
}
