package org.slaclocks.report;

import java.util.Objects;
import java.util.Set;

/**
 * Which issues a report covers: those of {@code projectKeys} (the projects chosen, among those the
 * viewer may browse), and of those only {@code issueIds} when a filter chose them (null: every
 * issue of the projects). A store answers it with {@code project IN (...) [AND issue IN (...)]}.
 */
public record ReportScope(Set<String> projectKeys, Set<Long> issueIds) {
  public ReportScope {
    projectKeys = Set.copyOf(Objects.requireNonNull(projectKeys, "projectKeys"));
    issueIds = issueIds == null ? null : Set.copyOf(issueIds);
  }

  /** Every issue of these projects. */
  public static ReportScope projects(Set<String> projectKeys) {
    return new ReportScope(projectKeys, null);
  }

  /** Whether the scope holds the cycle's issue. */
  public boolean includes(ReportCycle cycle) {
    return projectKeys.contains(cycle.projectKey())
        && (issueIds == null || issueIds.contains(cycle.issueId()));
  }

  /** Whether no issue can be in it (no project, or a filter that matched nothing). */
  public boolean isEmpty() {
    return projectKeys.isEmpty() || (issueIds != null && issueIds.isEmpty());
  }
}
