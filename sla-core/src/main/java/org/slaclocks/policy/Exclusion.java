package org.slaclocks.policy;

import java.util.Objects;
import java.util.function.Function;
import org.slaclocks.clock.ExclusionWindow;

/**
 * A period that does not count, with its reason (in {@link ExclusionWindow}): global, or for one
 * issue. The one exclusion type: the policy file and the app's exclusion repository both produce
 * it.
 *
 * <p>An issue is named by its Jira issue id, which survives moves (a moved issue keeps its
 * exclusion) and which exports carry too. {@code issueKey} is only the key a policy file named the
 * issue by, kept for people and for writing the file back: a file's key is resolved to an id where
 * the issues are known ({@link #resolvedBy}), and an exclusion whose key nobody resolved applies to
 * no issue.
 *
 * @param id unique among the configuration's exclusions (the file's id, the repository's row id)
 * @param issueId the issue it is for, or null (global, or a key not resolved yet)
 * @param issueKey the key the file named, or null
 */
public record Exclusion(String id, ExclusionWindow window, Long issueId, String issueKey) {
  public Exclusion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(window, "window");
    if (issueId != null && issueId <= 0) {
      throw new IllegalArgumentException(
          "issueId must be a Jira issue id (positive), was " + issueId);
    }
    if (issueKey != null && issueKey.isBlank()) {
      throw new IllegalArgumentException("issueKey must not be blank");
    }
  }

  /** A window for every issue. */
  public static Exclusion global(String id, ExclusionWindow window) {
    return new Exclusion(id, window, null, null);
  }

  /** A window for the issue with this id. */
  public static Exclusion forIssue(String id, ExclusionWindow window, long issueId) {
    return new Exclusion(id, window, issueId, null);
  }

  public boolean isGlobal() {
    return issueId == null && issueKey == null;
  }

  /** True when it names an issue by key only, and nobody has resolved that key to an id yet. */
  public boolean isUnresolved() {
    return issueId == null && issueKey != null;
  }

  /** Whether the window applies to the issue with this id. */
  public boolean appliesTo(long issueId) {
    return isGlobal() || (this.issueId != null && this.issueId == issueId);
  }

  /**
   * This exclusion with its key resolved to an issue id by {@code idOfKey} (null when the key is
   * unknown); unchanged when it has an id already or names no key.
   */
  public Exclusion resolvedBy(Function<String, Long> idOfKey) {
    if (!isUnresolved()) {
      return this;
    }
    Long resolved = idOfKey.apply(issueKey);
    return resolved == null ? this : new Exclusion(id, window, resolved, issueKey);
  }
}
