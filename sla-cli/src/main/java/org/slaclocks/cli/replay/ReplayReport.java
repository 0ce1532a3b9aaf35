package org.slaclocks.cli.replay;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slaclocks.cli.jira.JiraExportReader;
import org.slaclocks.clock.ClockState;
import org.slaclocks.clock.Cycle;
import org.slaclocks.clock.SlaClock;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.policy.SlaPolicy;
import org.slaclocks.tracking.ClockEngine;
import org.slaclocks.tracking.IssueClocks;
import org.slaclocks.tracking.JqlScope;

/**
 * The result of replaying an export under a policy file: the clocks of every issue, the issues that
 * could not be read or whose policy could not be determined, and a summary per policy and metric.
 */
record ReplayReport(
    Instant now,
    SlaConfiguration config,
    List<IssueResult> issues,
    List<Skipped> undetermined,
    List<JiraExportReader.Failure> failures,
    List<MetricSummary> summary) {

  /** One issue's clocks under its policy; {@code policy} null when no policy applies. */
  /** One issue's clocks: as stored facts, and as shown at the replay's now. */
  record IssueResult(
      IssueHistory history, SlaPolicy policy, IssueClocks clocks, List<SlaClock> shown) {}

  record Skipped(String key, String reason) {}

  /**
   * Counts over cycles: met and breached are stopped cycles; running and paused are open ones, of
   * which {@code openBreached} are already past their breach instant. Compliance is met over met
   * plus breached plus open-breached: an open cycle already late is a breach whatever happens next.
   */
  record MetricSummary(
      String policyId,
      String policyName,
      String metricId,
      String metricName,
      int issues,
      int met,
      int breached,
      int running,
      int paused,
      int openBreached,
      int atRisk) {
    Double compliancePercent() {
      int decided = met + breached + openBreached;
      return decided == 0 ? null : Math.round(1000.0 * met / decided) / 10.0;
    }
  }

  static ReplayReport replay(SlaConfiguration config, JiraExportReader.Result export, Instant now) {
    List<IssueResult> issues = new ArrayList<>();
    List<Skipped> undetermined = new ArrayList<>();
    Map<String, SlaPolicy> policies = new LinkedHashMap<>();
    config.policies().forEach(p -> policies.put(p.id(), p));
    for (IssueHistory history : export.issues()) {
      ClockEngine.Result result =
          ClockEngine.compute(config, history, config.listedDirectory(), JqlScope.UNKNOWN, now);
      if (!result.isDetermined()) {
        undetermined.add(new Skipped(history.key(), result.undetermined()));
      } else {
        issues.add(
            new IssueResult(
                history,
                result.policyId() == null ? null : policies.get(result.policyId()),
                result.clocks(),
                result.shown()));
      }
    }
    return new ReplayReport(
        now, config, issues, undetermined, export.failures(), summarize(config, issues));
  }

  private static List<MetricSummary> summarize(SlaConfiguration config, List<IssueResult> issues) {
    List<MetricSummary> out = new ArrayList<>();
    for (SlaPolicy policy : config.policies()) {
      for (var metric : policy.metrics()) {
        int issueCount = 0;
        int met = 0;
        int breached = 0;
        int running = 0;
        int paused = 0;
        int openBreached = 0;
        int atRisk = 0;
        for (IssueResult issue : issues) {
          if (issue.policy() == null || !issue.policy().id().equals(policy.id())) {
            continue;
          }
          for (SlaClock clock : issue.shown()) {
            if (!clock.metricId().equals(metric.id()) || clock.cycles().isEmpty()) {
              continue;
            }
            issueCount++;
            for (Cycle cycle : clock.cycles()) {
              switch (cycle.state()) {
                case MET -> met++;
                case BREACHED -> breached++;
                case RUNNING -> running++;
                case PAUSED -> paused++;
                case NOT_STARTED -> {}
              }
              if (cycle.isOpen() && cycle.isBreached()) {
                openBreached++;
              }
              if (cycle.isAtRisk() && cycle.state() != ClockState.BREACHED) {
                atRisk++;
              }
            }
          }
        }
        out.add(
            new MetricSummary(
                policy.id(),
                policy.name(),
                metric.id(),
                metric.name(),
                issueCount,
                met,
                breached,
                running,
                paused,
                openBreached,
                atRisk));
      }
    }
    return out;
  }
}
