package org.slaclocks.tracking;

/**
 * Answers the JQL part of a policy scope. Only Jira can: offline, {@link #UNKNOWN} says so, and the
 * engine reports the issue as undetermined instead of guessing.
 */
public interface JqlScope {
  /** Nobody can evaluate JQL here (the command line). */
  JqlScope UNKNOWN = (jql, issueId) -> null;

  /** Whether the issue matches the query; null when it cannot be known. */
  Boolean matches(String jql, long issueId);
}
