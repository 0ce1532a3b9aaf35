package org.slaclocks.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.report.IssueCycles;
import org.slaclocks.report.ReportCycle;
import org.slaclocks.tracking.ClockRepository;

/**
 * The cycles the sandbox's reports read: the stored clocks of every issue that exists at now, as
 * the views show them at now, made into report cycles as {@code sla report} makes them ({@link
 * IssueCycles}), with every field the issue's history names as it was at each cycle's start. Read
 * for each report request (the clocks change as time moves); the Jira app will answer from stored
 * cycle rows instead.
 */
final class SandboxReportCycles {
  private SandboxReportCycles() {}

  static List<ReportCycle> at(
      LoadedIssues issues, ClockRepository clocks, SlaConfiguration config, Instant now) {
    List<ReportCycle> out = new ArrayList<>();
    Map<Long, LoadedIssues.Issue> batch = new LinkedHashMap<>();
    for (LoadedIssues.Issue issue : issues.all()) {
      if (issue.history().createdAt().isAfter(now)) {
        continue;
      }
      batch.put(issue.id(), issue);
      if (batch.size() == SandboxTracking.BATCH) {
        add(batch, clocks, config, now, out);
        batch.clear();
      }
    }
    add(batch, clocks, config, now, out);
    return out;
  }

  private static void add(
      Map<Long, LoadedIssues.Issue> batch,
      ClockRepository clocks,
      SlaConfiguration config,
      Instant now,
      List<ReportCycle> out) {
    if (batch.isEmpty()) {
      return;
    }
    Map<Long, ClockRepository.Stored> stored = clocks.loadAll(batch.keySet());
    for (LoadedIssues.Issue issue : batch.values()) {
      ClockRepository.Stored one = stored.get(issue.id());
      if (one == null) {
        continue;
      }
      out.addAll(
          IssueCycles.ofStored(issue.history(), issue.projectKey(), one.clocks(), now, config));
    }
  }
}
