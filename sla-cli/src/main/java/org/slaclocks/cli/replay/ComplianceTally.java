package org.slaclocks.cli.replay;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slaclocks.clock.SlaClock;
import org.slaclocks.policy.Metric;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.policy.SlaPolicy;
import org.slaclocks.report.ComplianceCounts;
import org.slaclocks.report.Period;

/**
 * The compliance summary kept as a running sum: each issue's counts are taken when it is computed
 * (on any thread), added as it arrives, and taken out again when a newer copy of the issue replaces
 * it; the issues themselves are not kept. The counting is the core's ({@link ComplianceCounts}),
 * over the whole of time, as {@code sla report} counts over a period.
 */
final class ComplianceTally {
  /** One issue's counts under its policy, per metric in the policy's order. */
  record Counts(int policy, ComplianceCounts[] counts) {}

  private final SlaConfiguration config;
  private final Map<String, Integer> policyIndex = new HashMap<>();
  private final ComplianceCounts[][] totals;

  ComplianceTally(SlaConfiguration config) {
    this.config = config;
    List<SlaPolicy> policies = config.policies();
    totals = new ComplianceCounts[policies.size()][];
    for (int i = 0; i < policies.size(); i++) {
      policyIndex.put(policies.get(i).id(), i);
      totals[i] = new ComplianceCounts[policies.get(i).metrics().size()];
      java.util.Arrays.fill(totals[i], ComplianceCounts.NONE);
    }
  }

  /** An issue's counts; null when no policy applies. Thread-safe: it reads the configuration. */
  Counts count(String policyId, List<SlaClock> shown) {
    Integer index = policyId == null ? null : policyIndex.get(policyId);
    if (index == null) {
      return null;
    }
    List<Metric> metrics = config.policies().get(index).metrics();
    ComplianceCounts[] counts = new ComplianceCounts[metrics.size()];
    for (int m = 0; m < metrics.size(); m++) {
      counts[m] = ComplianceCounts.NONE;
      for (SlaClock clock : shown) {
        if (clock.metricId().equals(metrics.get(m).id())) {
          counts[m] = counts[m].plus(ComplianceCounts.of(clock.cycles(), Period.ALL));
        }
      }
    }
    return new Counts(index, counts);
  }

  void add(Counts counts) {
    if (counts != null) {
      ComplianceCounts[] total = totals[counts.policy()];
      for (int i = 0; i < total.length; i++) {
        total[i] = total[i].plus(counts.counts()[i]);
      }
    }
  }

  void remove(Counts counts) {
    if (counts != null) {
      ComplianceCounts[] total = totals[counts.policy()];
      for (int i = 0; i < total.length; i++) {
        total[i] = total[i].minus(counts.counts()[i]);
      }
    }
  }

  /** The summary per policy and metric, in the configuration's order. */
  List<ReplayReport.MetricSummary> summary() {
    List<ReplayReport.MetricSummary> out = new ArrayList<>();
    List<SlaPolicy> policies = config.policies();
    for (int p = 0; p < policies.size(); p++) {
      SlaPolicy policy = policies.get(p);
      for (int m = 0; m < policy.metrics().size(); m++) {
        Metric metric = policy.metrics().get(m);
        out.add(
            new ReplayReport.MetricSummary(
                policy.id(), policy.name(), metric.id(), metric.name(), totals[p][m]));
      }
    }
    return out;
  }
}
