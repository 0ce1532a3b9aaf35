package org.slaclocks.cli.replay;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slaclocks.clock.ClockState;
import org.slaclocks.clock.Cycle;
import org.slaclocks.clock.SlaClock;
import org.slaclocks.policy.Metric;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.policy.SlaPolicy;

/**
 * The compliance summary kept as a running sum: each issue's counts are taken when it is computed
 * (on any thread), added as it arrives, and taken out again when a newer copy of the issue replaces
 * it; the issues themselves are not kept.
 */
final class ComplianceTally {
  private static final int ISSUES = 0;
  private static final int MET = 1;
  private static final int BREACHED = 2;
  private static final int RUNNING = 3;
  private static final int PAUSED = 4;
  private static final int OPEN_BREACHED = 5;
  private static final int AT_RISK = 6;
  private static final int COUNTS = 7;

  /**
   * One issue's counts under its policy: {@code counts} holds {@link #COUNTS} numbers per metric,
   * in the policy's order.
   */
  record Counts(int policy, int[] counts) {}

  private final SlaConfiguration config;
  private final Map<String, Integer> policyIndex = new HashMap<>();
  private final long[][] totals;

  ComplianceTally(SlaConfiguration config) {
    this.config = config;
    List<SlaPolicy> policies = config.policies();
    totals = new long[policies.size()][];
    for (int i = 0; i < policies.size(); i++) {
      policyIndex.put(policies.get(i).id(), i);
      totals[i] = new long[policies.get(i).metrics().size() * COUNTS];
    }
  }

  /** An issue's counts; null when no policy applies. Thread-safe: it reads the configuration. */
  Counts count(String policyId, List<SlaClock> shown) {
    Integer index = policyId == null ? null : policyIndex.get(policyId);
    if (index == null) {
      return null;
    }
    List<Metric> metrics = config.policies().get(index).metrics();
    int[] counts = new int[metrics.size() * COUNTS];
    for (int m = 0; m < metrics.size(); m++) {
      int base = m * COUNTS;
      for (SlaClock clock : shown) {
        if (!clock.metricId().equals(metrics.get(m).id()) || clock.cycles().isEmpty()) {
          continue;
        }
        counts[base + ISSUES]++;
        for (Cycle cycle : clock.cycles()) {
          switch (cycle.state()) {
            case MET -> counts[base + MET]++;
            case BREACHED -> counts[base + BREACHED]++;
            case RUNNING -> counts[base + RUNNING]++;
            case PAUSED -> counts[base + PAUSED]++;
            case NOT_STARTED -> {}
          }
          if (cycle.isOpen() && cycle.isBreached()) {
            counts[base + OPEN_BREACHED]++;
          }
          if (cycle.isAtRisk() && cycle.state() != ClockState.BREACHED) {
            counts[base + AT_RISK]++;
          }
        }
      }
    }
    return new Counts(index, counts);
  }

  void add(Counts counts) {
    apply(counts, 1);
  }

  void remove(Counts counts) {
    apply(counts, -1);
  }

  private void apply(Counts counts, int sign) {
    if (counts == null) {
      return;
    }
    long[] total = totals[counts.policy()];
    for (int i = 0; i < total.length; i++) {
      total[i] += sign * (long) counts.counts()[i];
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
        long[] t = totals[p];
        int base = m * COUNTS;
        out.add(
            new ReplayReport.MetricSummary(
                policy.id(),
                policy.name(),
                metric.id(),
                metric.name(),
                (int) t[base + ISSUES],
                (int) t[base + MET],
                (int) t[base + BREACHED],
                (int) t[base + RUNNING],
                (int) t[base + PAUSED],
                (int) t[base + OPEN_BREACHED],
                (int) t[base + AT_RISK]));
      }
    }
    return out;
  }
}
