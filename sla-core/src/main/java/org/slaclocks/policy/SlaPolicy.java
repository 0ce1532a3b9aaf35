package org.slaclocks.policy;

import java.util.List;
import java.util.Objects;

/**
 * One SLA agreement: which issues it covers, what it times, and the service credits a customer
 * earns when it is not kept ({@link CreditRules#NONE} when the policy grants none). Policies are
 * tried in order.
 */
public record SlaPolicy(
    String id,
    String name,
    boolean enabled,
    Scope scope,
    List<Metric> metrics,
    CreditRules credits) {
  public SlaPolicy {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(credits, "credits");
    metrics = List.copyOf(metrics);
  }

  /** A policy without service credits. */
  public SlaPolicy(String id, String name, boolean enabled, Scope scope, List<Metric> metrics) {
    this(id, name, enabled, scope, metrics, CreditRules.NONE);
  }
}
