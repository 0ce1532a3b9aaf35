package org.slaclocks.history;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One Jira change group as recorded: its instant, its author and its items, in Jira's order. */
public record ChangeItemGroup(Instant at, UserRef author, List<ChangeItem> items) {
  public ChangeItemGroup {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(author, "author");
    items = List.copyOf(items);
  }
}
