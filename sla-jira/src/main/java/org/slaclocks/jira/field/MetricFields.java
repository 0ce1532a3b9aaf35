package org.slaclocks.jira.field;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slaclocks.policy.Metric;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.policy.SlaPolicy;
import org.slaclocks.tracking.ClockRepository;
import org.slaclocks.tracking.StoredClock;

/**
 * Which metric a countdown field shows, and the stored breach instant of that metric's current
 * cycle on an issue. A field shows the metric whose name equals the field's name (ignoring case and
 * surrounding spaces) in the current configuration. Policies that each define a metric of that name
 * (say "Time to first response" for VIP and for standard customers) are one metric to the field: an
 * issue has the clock of the policy that applies to it.
 */
public final class MetricFields {
  private final Supplier<SlaConfiguration> configuration;
  private final ClockRepository clocks;

  public MetricFields(Supplier<SlaConfiguration> configuration, ClockRepository clocks) {
    this.configuration = Objects.requireNonNull(configuration, "configuration");
    this.clocks = Objects.requireNonNull(clocks, "clocks");
  }

  /** The (policy, metric) pairs a field of this name shows, in policy order; empty: none. */
  public List<MetricRef> metricsNamed(String fieldName) {
    List<MetricRef> found = new ArrayList<>();
    if (fieldName == null) {
      return found;
    }
    String wanted = normalised(fieldName);
    for (SlaPolicy policy : configuration.get().policies()) {
      for (Metric metric : policy.metrics()) {
        if (normalised(metric.name()).equals(wanted)) {
          found.add(new MetricRef(policy.id(), metric.id()));
        }
      }
    }
    return found;
  }

  /**
   * The id of the metric the field shows on this issue: that of the issue's stored clock among the
   * field's metrics, else the first of them (the issue has no such clock yet).
   */
  public Optional<String> metricIdOn(long issueId, String fieldName) {
    List<MetricRef> metrics = metricsNamed(fieldName);
    if (metrics.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        clock(issueId, metrics).map(StoredClock::metricId).orElse(metrics.get(0).metricId()));
  }

  /**
   * The one metric id a field of this name shows whatever the issue, read from the configuration
   * alone; empty when no metric has the name, or policies give the name to different ids (then the
   * issue's clock decides: {@link #metricIdOn}).
   */
  public Optional<String> onlyMetricIdNamed(String fieldName) {
    List<String> ids =
        metricsNamed(fieldName).stream().map(MetricRef::metricId).distinct().toList();
    return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
  }

  /** The current cycle's stored breach instant of the field's metric on the issue, if any. */
  public Optional<Instant> breachAt(long issueId, String fieldName) {
    List<MetricRef> metrics = metricsNamed(fieldName);
    return metrics.isEmpty()
        ? Optional.empty()
        : clock(issueId, metrics).map(StoredClock::breachAt);
  }

  private Optional<StoredClock> clock(long issueId, List<MetricRef> metrics) {
    return clocks.summaries(issueId).stream()
        .filter(c -> metrics.contains(new MetricRef(c.policyId(), c.metricId())))
        .findFirst();
  }

  /** One metric of one policy. */
  public record MetricRef(String policyId, String metricId) {
    public MetricRef {
      Objects.requireNonNull(policyId, "policyId");
      Objects.requireNonNull(metricId, "metricId");
    }
  }

  private static String normalised(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
