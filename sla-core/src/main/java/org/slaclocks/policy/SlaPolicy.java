package org.slaclocks.policy;

import java.util.List;
import java.util.Objects;

/** One SLA agreement: which issues it covers and what it times. Policies are tried in order. */
public record SlaPolicy(
    String id, String name, boolean enabled, Scope scope, List<Metric> metrics) {
  public SlaPolicy {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(scope, "scope");
    metrics = List.copyOf(metrics);
  }
}
