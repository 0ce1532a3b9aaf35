package org.slaclocks.tracking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.slaclocks.policy.Metric;

/**
 * When a clock's reminders and escalations are owed. A metric's <em>arming</em> names its whole
 * definition under its policy (conditions, goals, calendar, rules): while it stays the same, every
 * firing due from the clock's {@code from} on is owed, including those due while Jira was down.
 * When it changes (an administrator edits the metric, or the issue moves to another policy), the
 * clock is armed again from the instant of the change: a configuration change never sends the
 * reminders and escalations of moments already past.
 */
public final class TriggerArming {
  private TriggerArming() {}

  /** The arming of {@code metric} in policy {@code policyId}: 16 hex digits. */
  public static String of(String policyId, Metric metric) {
    String definition = policyId + "\n" + metric;
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(definition.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /**
   * What to store for a clock computed at {@code computedAt}: its firings stay owed from the stored
   * {@code from} when the arming is unchanged, else from {@code computedAt}; its next trigger is
   * the first firing due at or after that instant (possibly already past: the job plans it, and the
   * ledger keeps it from firing twice); null when the metric has no rules.
   *
   * @param stored what is stored of the clock's triggers; null when nothing is
   */
  public static TriggerSchedule.Triggers triggers(
      String arming, ClockAlerts alerts, TriggerSchedule.Triggers stored, Instant computedAt) {
    if (alerts == null || alerts.rules().isEmpty()) {
      return null;
    }
    Instant from = stored != null && stored.arming().equals(arming) ? stored.from() : computedAt;
    AlertDue next = alerts.next(from.minusNanos(1));
    return new TriggerSchedule.Triggers(arming, from, next == null ? null : next.dueAt());
  }
}
