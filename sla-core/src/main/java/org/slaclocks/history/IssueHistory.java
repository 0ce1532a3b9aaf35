package org.slaclocks.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the engine needs to know about one issue: its state when it was created and the change
 * groups since, in the order they happened.
 *
 * <p>Invariants: groups are sorted by instant, none is before creation (an earlier one is moved to
 * the creation instant); the order of groups at the same instant is the order of the history and is
 * kept (the sort is stable). {@code initialFields} holds no nulls: an empty field is absent. Custom
 * fields are keyed by their display name, as Jira's change items name them.
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
    List<ChangeGroup> sorted = new ArrayList<>(groups.size());
    for (ChangeGroup group : groups) {
      // Imported issues (CSV imports, migrations) can carry comments dated before the issue's
      // creation; they are taken as happening at creation rather than losing the whole issue.
      sorted.add(
          group.at().isBefore(createdAt)
              ? new ChangeGroup(createdAt, group.author(), group.items())
              : group);
    }
    sorted.sort(Comparator.comparing(ChangeGroup::at));
    groups = List.copyOf(sorted);
  }

  /**
   * Every key the issue has had, the current one first, then the older ones newest first: a move
   * gives an issue a new key, and its {@code Key} items name the old one. A policy file may name an
   * issue by any of them.
   */
  public List<String> keys() {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(key);
    for (int i = groups.size() - 1; i >= 0; i--) {
      for (IssueChange item : groups.get(i).items()) {
        if (item instanceof IssueChange.FieldChange change
            && change.field().equalsIgnoreCase("key")
            && change.from() != null) {
          keys.add(change.from());
        }
      }
    }
    return List.copyOf(keys);
  }

  /** The state of the issue right after it was created. */
  public IssueState initialState() {
    return IssueState.of(initialFields);
  }

  /**
   * The state of the issue at {@code at}: as created, with every change up to and including {@code
   * at} applied (a move changes the project); the created state for an earlier instant.
   */
  public IssueState stateAt(Instant at) {
    IssueState state = initialState();
    for (ChangeGroup group : groups) {
      if (group.at().isAfter(at)) {
        break;
      }
      for (IssueChange item : group.items()) {
        if (item instanceof IssueChange.FieldChange change) {
          state = state.apply(change);
        } else if (item instanceof IssueChange.Moved moved) {
          state = state.with(FieldNames.PROJECT, moved.toProject());
        }
      }
    }
    return state;
  }
}
