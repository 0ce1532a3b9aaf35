package org.slaclocks.tracking;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.slaclocks.clock.SlaClock;

/**
 * All SLA clocks of one issue as computed at {@code computedAt}, under the policy configuration
 * version {@code configVersion}. The unit that is stored and replaced as a whole when the issue
 * changes. {@code clocks} is empty when no policy applies (or the issue was deleted).
 */
public record IssueClocks(
    long issueId,
    String issueKey,
    String projectKey,
    long configVersion,
    Instant computedAt,
    List<SlaClock> clocks) {
  public IssueClocks {
    Objects.requireNonNull(issueKey, "issueKey");
    Objects.requireNonNull(computedAt, "computedAt");
    clocks = List.copyOf(clocks);
  }
}
