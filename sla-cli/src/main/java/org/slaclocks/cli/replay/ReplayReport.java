package org.slaclocks.cli.replay;

import java.time.Instant;
import java.util.List;
import org.slaclocks.cli.jira.JiraExportReader;
import org.slaclocks.clock.SlaClock;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.policy.SlaPolicy;
import org.slaclocks.report.ComplianceCounts;
import org.slaclocks.tracking.IssueClocks;

/**
 * What a replay found, without the cycles (which are written as they are computed): how many issues
 * were replayed, the ones whose policy could not be determined, the ones that could not be read,
 * and the summary per policy and metric.
 */
record ReplayReport(
    Instant now,
    SlaConfiguration config,
    int replayed,
    List<Skipped> undetermined,
    List<JiraExportReader.Failure> failures,
    List<MetricSummary> summary) {

  ReplayReport {
    undetermined = List.copyOf(undetermined);
    failures = List.copyOf(failures);
    summary = List.copyOf(summary);
  }

  /**
   * One issue's clocks: as stored facts, and as shown at the replay's now; with {@code --triggers},
   * its reminders and escalations (else null).
   */
  record IssueResult(
      IssueHistory history,
      SlaPolicy policy,
      IssueClocks clocks,
      List<SlaClock> shown,
      List<ReplayTriggers.Row> triggers) {}

  record Skipped(String key, String reason) {}

  /**
   * Counts over every cycle, as the core counts them ({@link ComplianceCounts}): met and breached
   * are stopped cycles; running and paused are open ones, of which {@code openBreached} are already
   * past their breach instant. Compliance is met over met plus breached plus open-breached: an open
   * cycle already late is a breach whatever happens next.
   */
  record MetricSummary(
      String policyId,
      String policyName,
      String metricId,
      String metricName,
      ComplianceCounts counts) {
    int issues() {
      return counts.issues();
    }

    int met() {
      return counts.met();
    }

    int breached() {
      return counts.breached();
    }

    int running() {
      return counts.running();
    }

    int paused() {
      return counts.paused();
    }

    int openBreached() {
      return counts.openBreached();
    }

    int atRisk() {
      return counts.atRisk();
    }

    Double compliancePercent() {
      return counts.compliancePercent();
    }
  }

  /** Whether no issue at all could be read, though the export had something to read. */
  boolean isNothingRead() {
    return replayed == 0 && undetermined.isEmpty() && !failures.isEmpty();
  }
}
