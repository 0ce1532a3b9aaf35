package org.slaclocks.tracking;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.slaclocks.clock.Calendars;
import org.slaclocks.clock.ClockFacts;
import org.slaclocks.clock.SlaClock;

/**
 * All SLA clocks of one issue, computed at {@code computedAt} under the policy configuration
 * version {@code configVersion}, as facts that stay true while time passes ({@link ClockFacts}):
 * the unit that is stored, and replaced when the issue changes. {@code clocks} is empty when no
 * policy applies (or the issue was deleted); the engine computes them in the order the policy lists
 * its metrics, a repository may give them back in another (the app's, by metric id), so views order
 * them by the configuration.
 */
public record IssueClocks(
    long issueId,
    String issueKey,
    String projectKey,
    long configVersion,
    Instant computedAt,
    List<ClockFacts> clocks) {
  public IssueClocks {
    Objects.requireNonNull(issueKey, "issueKey");
    Objects.requireNonNull(computedAt, "computedAt");
    clocks = List.copyOf(clocks);
  }

  /** The clocks as shown at {@code now}, which is not before the issue's last change. */
  public List<SlaClock> at(Instant now, Calendars calendars) {
    return clocks.stream().map(clock -> clock.at(now, calendars)).toList();
  }

  /** The same clocks as computed at another instant (content unchanged). */
  public IssueClocks withComputedAt(Instant instant) {
    return new IssueClocks(issueId, issueKey, projectKey, configVersion, instant, clocks);
  }
}
