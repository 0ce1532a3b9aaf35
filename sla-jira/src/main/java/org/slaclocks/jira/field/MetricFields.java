package org.slaclocks.jira.field;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slaclocks.policy.Metric;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.policy.SlaPolicy;
import org.slaclocks.tracking.ClockRepository;
import org.slaclocks.tracking.StoredClock;

/**
 * Which metric a countdown field shows, and the stored breach instant of that metric's current
 * cycle on an issue. A field shows the metric whose name equals the field's name (ignoring case and
 * surrounding spaces) in the current configuration; a metric of that name in several policies is
 * one metric to the field, since an issue's clocks come from the policies that apply to it.
 */
public final class MetricFields {
  private final Supplier<SlaConfiguration> configuration;
  private final ClockRepository clocks;

  public MetricFields(Supplier<SlaConfiguration> configuration, ClockRepository clocks) {
    this.configuration = Objects.requireNonNull(configuration, "configuration");
    this.clocks = Objects.requireNonNull(clocks, "clocks");
  }

  /** The name of the configured metric a field of this name shows, as configured. */
  public Optional<String> metricNamed(String fieldName) {
    if (fieldName == null) {
      return Optional.empty();
    }
    String wanted = normalised(fieldName);
    return metrics().stream()
        .map(Metric::name)
        .filter(name -> normalised(name).equals(wanted))
        .findFirst();
  }

  /** The current cycle's breach instant of the named metric's clock on the issue, if any. */
  public Optional<Instant> breachAt(long issueId, String metricName) {
    return clock(issueId, metricName).map(StoredClock::breachAt);
  }

  /** The issue's stored clock of the named metric, if the issue has one. */
  public Optional<StoredClock> clock(long issueId, String metricName) {
    String wanted = normalised(metricName);
    Set<String> ids =
        configuration.get().policies().stream()
            .flatMap(policy -> policy.metrics().stream().map(m -> key(policy, m)))
            .filter(key -> key.name().equals(wanted))
            .map(MetricKey::id)
            .collect(Collectors.toSet());
    return clocks.summaries(issueId).stream()
        .filter(clock -> ids.contains(clock.policyId() + "\u0000" + clock.metricId()))
        .findFirst();
  }

  private List<Metric> metrics() {
    return configuration.get().policies().stream().flatMap(p -> p.metrics().stream()).toList();
  }

  private record MetricKey(String id, String name) {}

  private static MetricKey key(SlaPolicy policy, Metric metric) {
    return new MetricKey(policy.id() + "\u0000" + metric.id(), normalised(metric.name()));
  }

  private static String normalised(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
