package org.slaclocks.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** The items of one change group as the engine's changes: the rules {@link IssueRecord} states. */
final class ItemMapping {
  /** The fields whose items carry a Jira id in {@code from}/{@code to} beside the name. */
  private static final Set<String> CONSTANTS =
      Set.of(FieldNames.STATUS, FieldNames.PRIORITY, FieldNames.RESOLUTION, FieldNames.ISSUE_TYPE);

  private final Map<String, Map<String, String>> currentNames;
  private final UnaryOperator<String> userIds;

  /**
   * @param currentNames the name each id has now, by canonical field
   * @param userIds the user id for a handle of a user item
   */
  ItemMapping(Map<String, Map<String, String>> currentNames, UnaryOperator<String> userIds) {
    this.currentNames = currentNames;
    this.userIds = userIds;
  }

  /** The canonical field of an item of a status, priority, resolution or issue type, else null. */
  static String constantField(ChangeItem item) {
    if (item.isCustom()) {
      return null;
    }
    String canonical = FieldNames.canonical(item.field());
    return CONSTANTS.contains(canonical) ? canonical : null;
  }

  List<IssueChange> items(List<ChangeItem> items) {
    List<IssueChange> changes = new ArrayList<>();
    String keyFrom = null;
    String keyTo = null;
    int projectIndex = -1;
    for (ChangeItem item : items) {
      boolean custom = item.isCustom();
      String field = custom ? item.field() : FieldNames.canonical(item.field());
      String from;
      String to;
      if (!custom && (field.equals(FieldNames.ASSIGNEE) || field.equals(FieldNames.REPORTER))) {
        from = item.from() == null ? null : userIds.apply(item.from());
        to = item.to() == null ? null : userIds.apply(item.to());
      } else if (constantField(item) != null) {
        from = nameNow(field, item.from(), item.fromText());
        to = nameNow(field, item.to(), item.toText());
      } else {
        from = item.fromText();
        to = item.toText();
      }
      if (from == null && to == null) {
        continue;
      }
      if (!custom && field.toLowerCase(Locale.ROOT).equals("key")) {
        keyFrom = from;
        keyTo = to;
      } else if (!custom && field.equals(FieldNames.PROJECT)) {
        projectIndex = changes.size();
      }
      changes.add(new IssueChange.FieldChange(field, from, to));
    }
    addMove(changes, projectOf(keyFrom), projectOf(keyTo), projectIndex);
    return changes;
  }

  private String nameNow(String field, String id, String name) {
    if (id == null) {
      return name;
    }
    return currentNames.getOrDefault(field, Map.of()).getOrDefault(id, name);
  }

  /**
   * A move changes the key ({@code ABC-1 -> XYZ-7}) and the project (by name in change items). The
   * project is written as its key, as the current fields give it, whenever the key change shows it.
   */
  private static void addMove(
      List<IssueChange> changes, String fromProject, String toProject, int projectIndex) {
    if (projectIndex >= 0) {
      if (fromProject != null && toProject != null) {
        changes.set(
            projectIndex, new IssueChange.FieldChange(FieldNames.PROJECT, fromProject, toProject));
      } else {
        IssueChange.FieldChange project = (IssueChange.FieldChange) changes.get(projectIndex);
        fromProject = project.from();
        toProject = project.to();
      }
    }
    if (toProject != null && !toProject.equals(fromProject)) {
      changes.add(new IssueChange.Moved(fromProject, toProject));
    }
  }

  /** The project key of an issue key ({@code ABC-12 -> ABC}), or null when it is not one. */
  static String projectOf(String issueKey) {
    if (issueKey == null) {
      return null;
    }
    int dash = issueKey.lastIndexOf('-');
    return dash > 0 ? issueKey.substring(0, dash) : null;
  }
}
