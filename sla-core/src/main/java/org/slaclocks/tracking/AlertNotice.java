package org.slaclocks.tracking;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slaclocks.policy.AlertRule;

/**
 * What one firing of a reminder or escalation is about, for its actions: the issue, the metric and
 * policy (ids and names), the rule and which firing of it, when it was due (the original instant,
 * also when the job runs late) and the clock's breach and goal in that cycle. {@code marker} is
 * unique to the firing: an action that can be checked (a comment, a label) carries it, so that it
 * is not done twice.
 */
public record AlertNotice(
    long issueId,
    String issueKey,
    String policyId,
    String policyName,
    String metricId,
    String metricName,
    int cycleIndex,
    AlertRule rule,
    int occurrence,
    Instant dueAt,
    Instant breachAt,
    Duration goal,
    String marker) {
  public AlertNotice {
    Objects.requireNonNull(issueKey, "issueKey");
    Objects.requireNonNull(policyId, "policyId");
    Objects.requireNonNull(policyName, "policyName");
    Objects.requireNonNull(metricId, "metricId");
    Objects.requireNonNull(metricName, "metricName");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(marker, "marker");
  }

  /** The marker of a firing: {@code sla-alert:<firing id>}. */
  public static String markerOf(long firingId) {
    return "sla-alert:" + firingId;
  }
}
