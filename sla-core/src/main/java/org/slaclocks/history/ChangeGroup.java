package org.slaclocks.history;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Changes made together, in one Jira transaction, at one instant by one author. The engine applies
 * all items of a group to the issue's state before it evaluates any condition.
 */
public record ChangeGroup(Instant at, UserRef author, List<IssueChange> items) {
  public ChangeGroup {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(author, "author");
    items = List.copyOf(items);
    if (items.isEmpty()) {
      throw new IllegalArgumentException("a change group has at least one item");
    }
  }

  public static ChangeGroup of(Instant at, UserRef author, IssueChange... items) {
    return new ChangeGroup(at, author, List.of(items));
  }
}
