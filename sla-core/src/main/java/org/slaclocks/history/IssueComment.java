package org.slaclocks.history;

import java.time.Instant;
import java.util.Objects;

/**
 * A comment as Jira records it. {@code restricted} is true when it has a visibility restriction (a
 * project role or a group): the app reads {@code getRoleLevelId()} and {@code getGroupLevel()}, an
 * export its {@code visibility} object.
 */
public record IssueComment(Instant at, UserRef author, boolean restricted) {
  public IssueComment {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(author, "author");
  }
}
