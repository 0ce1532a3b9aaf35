package org.slaclocks.tracking;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.slaclocks.calendar.BusinessCalendar;

/**
 * {@link IssueClocks} as read back from storage, with the {@code version} that the next {@link
 * ClockRepository#storeAll store} of this issue must name.
 */
public record StoredIssueClocks(
    long issueId,
    String issueKey,
    String projectKey,
    long configVersion,
    Instant computedAt,
    long version,
    List<StoredSlaClock> clocks) {

  public StoredIssueClocks {
    Objects.requireNonNull(issueKey, "issueKey");
    Objects.requireNonNull(computedAt, "computedAt");
    clocks = List.copyOf(clocks);
  }

  public static StoredIssueClocks of(IssueClocks issue, long version) {
    return new StoredIssueClocks(
        issue.issueId(),
        issue.issueKey(),
        issue.projectKey(),
        issue.configVersion(),
        issue.computedAt(),
        version,
        issue.clocks().stream().map(StoredSlaClock::of).toList());
  }

  /** The clocks with their calendars, as the engine computed them. */
  public IssueClocks toIssueClocks(Function<String, BusinessCalendar> calendars) {
    return new IssueClocks(
        issueId,
        issueKey,
        projectKey,
        configVersion,
        computedAt,
        clocks.stream().map(c -> c.toSlaClock(calendars)).toList());
  }
}
