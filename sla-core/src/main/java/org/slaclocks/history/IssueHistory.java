package org.slaclocks.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the engine needs to know about one issue: its state when it was created and the change
 * groups since, in the order they happened.
 *
 * <p>Invariants: groups are sorted by instant, none is before creation; the order of groups at the
 * same instant is the order of the history and is kept (the sort is stable).
 */
public record IssueHistory(
    long issueId,
    String key,
    Instant createdAt,
    UserRef creator,
    Map<String, String> initialFields,
    List<ChangeGroup> groups) {

  public IssueHistory {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(creator, "creator");
    initialFields = Map.copyOf(initialFields);
    List<ChangeGroup> sorted = new ArrayList<>(groups);
    sorted.sort(Comparator.comparing(ChangeGroup::at));
    for (ChangeGroup group : sorted) {
      if (group.at().isBefore(createdAt)) {
        throw new IllegalArgumentException(
            "change at " + group.at() + " is before the issue was created at " + createdAt);
      }
    }
    groups = List.copyOf(sorted);
  }

  /** The state of the issue right after it was created. */
  public IssueState initialState() {
    return IssueState.of(initialFields);
  }
}
