package org.slaclocks.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slaclocks.clock.SlaClock;
import org.slaclocks.history.ChangeGroup;
import org.slaclocks.history.IssueChange;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.report.IssueCycles;
import org.slaclocks.report.ReportCycle;
import org.slaclocks.tracking.ClockRepository;
import org.slaclocks.tracking.IssueClocks;

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
      IssueClocks issueClocks = one.clocks();
      List<SlaClock> shown = issueClocks.at(now, config::calendar);
      Set<String> fields = fields(issue.history());
      for (int i = 0; i < shown.size(); i++) {
        out.addAll(
            IssueCycles.of(
                issue.history(),
                issue.projectKey(),
                issueClocks.clocks().get(i).policyId(),
                shown.get(i),
                fields,
                config));
      }
    }
  }

  /** Every field the issue had at creation or changed since: what a report may break down by. */
  private static Set<String> fields(IssueHistory history) {
    Set<String> fields = new TreeSet<>(history.initialFields().keySet());
    for (ChangeGroup group : history.groups()) {
      for (IssueChange item : group.items()) {
        if (item instanceof IssueChange.FieldChange change) {
          fields.add(change.field());
        }
      }
    }
    return fields;
  }
}
