package org.slaclocks.web;

import java.time.Clock;
import java.util.Objects;
import org.slaclocks.tracking.ChangeQueue;
import org.slaclocks.web.host.ConfigurationAccess;
import org.slaclocks.web.host.IssueAccess;
import org.slaclocks.web.host.Viewers;

/**
 * What a host gives the worker's health resource: who is asking and whether they may configure, the
 * change queue (backlog, parked issues, retry), the issues (keys of parked ones the viewer may
 * browse) and the time.
 */
public record WorkerHost(
    Viewers viewers,
    ConfigurationAccess access,
    ChangeQueue queue,
    IssueAccess issues,
    Clock clock) {
  public WorkerHost {
    Objects.requireNonNull(viewers, "viewers");
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(issues, "issues");
    Objects.requireNonNull(clock, "clock");
  }
}
