package org.slaclocks.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What Jira records about one issue, in neutral terms: the app (from Jira's managers) and the
 * offline import (from a REST export) each translate their own types into this, and {@link
 * #toHistory} is the one mapping into the engine's {@link IssueHistory}.
 *
 * <p>The rules, stated once:
 *
 * <ul>
 *   <li>each change group becomes a {@link ChangeGroup} of its items, in Jira's order; an item with
 *       neither value is dropped, and so is a group left empty;
 *   <li>{@code assignee} and {@code reporter} are read by user id (the item's {@code from}/{@code
 *       to}), every other field by its text;
 *   <li>statuses, priorities, resolutions and issue types are matched by Jira id where the item has
 *       one: every id is read under the name it has now (the issue's current field, else the newest
 *       name the history gives that id), so renaming "Waiting for customer" to "Waiting on
 *       customer" does not split the history in two;
 *   <li>a move shows as a {@code Key} item ({@code HD-3 -> SD-7}) and a {@code project} item (by
 *       project name): the project item is rewritten to project keys, as the current fields give
 *       the project, and a {@link IssueChange.Moved} follows the group's items;
 *   <li>each comment is a group of its own, restricted when it has a visibility;
 *   <li>the fields at creation are the current fields with the history undone ({@link
 *       InitialFields}), for every field the history changes.
 * </ul>
 */
public record IssueRecord(
    long issueId,
    String key,
    Instant createdAt,
    UserRef creator,
    CurrentFields current,
    List<ChangeItemGroup> changes,
    List<IssueComment> comments) {

  public IssueRecord {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(creator, "creator");
    Objects.requireNonNull(current, "current");
    changes = List.copyOf(changes);
    comments = List.copyOf(comments);
  }

  /** The history, where change items name users by the same id as the rest of the record. */
  public IssueHistory toHistory() {
    return toHistory(UnaryOperator.identity());
  }

  /**
   * The history.
   *
   * @param userIds the user id for a handle that user items carry in {@code from}/{@code to}
   *     (exports read users by name, while Data Center items name them by key)
   */
  public IssueHistory toHistory(UnaryOperator<String> userIds) {
    ItemMapping mapping = new ItemMapping(currentNames(), userIds);
    List<ChangeGroup> groups = new ArrayList<>();
    for (ChangeItemGroup change : changes) {
      List<IssueChange> items = mapping.items(change.items());
      if (!items.isEmpty()) {
        groups.add(new ChangeGroup(change.at(), change.author(), items));
      }
    }
    Map<String, String> initial = InitialFields.reconstruct(current.values(), groups);
    // After the change groups: at one instant, a transition comes before a comment.
    for (IssueComment comment : comments) {
      groups.add(
          ChangeGroup.of(
              comment.at(),
              comment.author(),
              new IssueChange.CommentAdded(comment.author(), comment.restricted())));
    }
    return new IssueHistory(issueId, key, createdAt, creator, initial, groups);
  }

  /**
   * The name each status, priority, resolution and issue type id has now, by canonical field: the
   * newest name the history gives an id, overridden by the issue's current field.
   */
  private Map<String, Map<String, String>> currentNames() {
    Map<String, Map<String, String>> names = new HashMap<>();
    List<ChangeItemGroup> byTime = new ArrayList<>(changes);
    byTime.sort(Comparator.comparing(ChangeItemGroup::at)); // stable: Jira's order at one instant
    for (ChangeItemGroup change : byTime) {
      for (ChangeItem item : change.items()) {
        String field = ItemMapping.constantField(item);
        if (field != null) {
          remember(names, field, item.from(), item.fromText());
          remember(names, field, item.to(), item.toText());
        }
      }
    }
    current
        .constants()
        .forEach((field, constant) -> remember(names, field, constant.id(), constant.name()));
    return names;
  }

  private static void remember(
      Map<String, Map<String, String>> names, String field, String id, String name) {
    if (id != null && name != null) {
      names.computeIfAbsent(field, f -> new HashMap<>()).put(id, name);
    }
  }
}
