package org.slaclocks.policy;

import java.util.Objects;
import java.util.Set;
import org.slaclocks.history.FieldNames;
import org.slaclocks.history.IssueState;

/**
 * Which issues a policy covers: structured criteria the engine evaluates itself, reporter groups,
 * and optionally a JQL query that only Jira can evaluate ({@code jql} null when there is none).
 */
public record Scope(Criteria criteria, Set<String> reporterGroups, String jql) {
  public static final Scope ALL = new Scope(Criteria.ANY, Set.of(), null);

  public Scope {
    Objects.requireNonNull(criteria, "criteria");
    reporterGroups = Set.copyOf(reporterGroups);
    jql = jql == null || jql.isBlank() ? null : jql.trim();
  }

  /** The structured part; a JQL part is answered by the caller. */
  public boolean matchesStructured(IssueState issue, UserDirectory directory) {
    if (!criteria.matches(issue)) {
      return false;
    }
    if (reporterGroups.isEmpty()) {
      return true;
    }
    String reporter = issue.get(FieldNames.REPORTER);
    return reporter != null
        && reporterGroups.stream().anyMatch(g -> directory.isMember(reporter, g));
  }
}
