package org.slaclocks.cli.jira;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slaclocks.history.ChangeGroup;
import org.slaclocks.history.FieldNames;
import org.slaclocks.history.IssueChange;
import org.slaclocks.history.UserRef;

/**
 * An issue's {@code changelog.histories} as change groups, oldest first. Jira sometimes returns the
 * same history twice: again with the same id, or (as captured from a JIRA 5.0 instance) under a new
 * id with the same instant and items but no author; both are read once.
 */
final class ChangelogReader {
  /** The groups, and the custom fields the items name (by display name). */
  record Changelog(List<ChangeGroup> groups, Set<String> customFields) {}

  private record Content(Instant at, List<IssueChange> items) {}

  private final UserIds users;
  private final Map<String, String> customFieldRenames;
  private final Set<String> customFields = new TreeSet<>();

  /**
   * @param customFieldRenames the export's display name of a custom field to the caller's name
   */
  ChangelogReader(UserIds users, Map<String, String> customFieldRenames) {
    this.users = users;
    this.customFieldRenames = customFieldRenames;
  }

  /** Reads {@code changelog}; a missing changelog is an issue nobody changed. */
  Changelog read(JsonNode changelog) {
    JsonNode histories = changelog == null ? null : changelog.get("histories");
    if (histories == null || histories.isNull()) {
      return new Changelog(List.of(), Set.of());
    }
    if (!histories.isArray()) {
      throw new IllegalArgumentException("changelog.histories is not an array");
    }
    checkComplete(changelog, histories.size());
    Set<String> ids = new HashSet<>();
    Map<Content, ChangeGroup> groups = new LinkedHashMap<>();
    for (int i = 0; i < histories.size(); i++) {
      JsonNode history = histories.get(i);
      String id = JiraValues.text(history, "id");
      if (id != null && !ids.add(id)) {
        continue;
      }
      ChangeGroup group = group(history, id == null ? "#" + i : id);
      if (group == null) {
        continue;
      }
      // Equal items at the same millisecond cannot be two transactions (the first changed the
      // value): it is Jira repeating a history; keep the copy that names its author.
      Content content = new Content(group.at(), group.items());
      ChangeGroup seen = groups.get(content);
      if (seen == null || seen.author().equals(UserRef.UNKNOWN)) {
        groups.put(content, group);
      }
    }
    List<ChangeGroup> sorted = new ArrayList<>(groups.values());
    sorted.sort(Comparator.comparing(ChangeGroup::at)); // stable: history order for equal instants
    return new Changelog(List.copyOf(sorted), Set.copyOf(customFields));
  }

  /**
   * Searches return at most 100 histories per issue (and Cloud issues too): replaying a cut history
   * would give wrong clocks without a sign, so such an issue is refused.
   */
  private static void checkComplete(JsonNode changelog, int read) {
    JsonNode total = changelog.get("total");
    if (total != null && total.isNumber() && total.asInt() > read) {
      throw new IllegalArgumentException(
          "the changelog holds "
              + read
              + " of "
              + total.asInt()
              + " histories: Jira cut it, and clocks replayed without the missing changes would be"
              + " wrong; fetch this issue alone with expand=changelog (Data Center returns all of"
              + " them)");
    }
  }

  private ChangeGroup group(JsonNode history, String name) {
    String created = JiraValues.text(history, "created");
    if (created == null) {
      throw new IllegalArgumentException("history " + name + " has no created instant");
    }
    Instant at;
    try {
      at = JiraValues.instant(created);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("history " + name + ": " + e.getMessage(), e);
    }
    List<IssueChange> items = items(history.path("items"));
    return items.isEmpty()
        ? null
        : new ChangeGroup(at, JiraValues.user(history.get("author")), items);
  }

  private List<IssueChange> items(JsonNode items) {
    List<IssueChange> changes = new ArrayList<>();
    String keyFrom = null;
    String keyTo = null;
    int projectIndex = -1;
    for (JsonNode item : items) {
      String field = JiraValues.text(item, "field");
      if (field == null) {
        continue;
      }
      boolean custom = "custom".equals(JiraValues.text(item, "fieldtype"));
      String canonical = custom ? field : FieldNames.canonical(field);
      String from;
      String to;
      if (!custom
          && (canonical.equals(FieldNames.ASSIGNEE) || canonical.equals(FieldNames.REPORTER))) {
        from = users.resolve(JiraValues.text(item, "from"));
        to = users.resolve(JiraValues.text(item, "to"));
      } else {
        from = JiraValues.text(item, "fromString");
        to = JiraValues.text(item, "toString");
      }
      if (from == null && to == null) {
        continue;
      }
      if (custom) {
        field = customFieldRenames.getOrDefault(field, field);
        customFields.add(FieldNames.canonical(field));
      } else if (field.toLowerCase(Locale.ROOT).equals("key")) {
        keyFrom = from;
        keyTo = to;
      } else if (canonical.equals(FieldNames.PROJECT)) {
        projectIndex = changes.size();
      }
      changes.add(new IssueChange.FieldChange(field, from, to));
    }
    addMove(changes, projectOf(keyFrom), projectOf(keyTo), projectIndex);
    return changes;
  }

  /**
   * A move changes the key ({@code ABC-1 -> XYZ-7}) and the project (by name in change items). The
   * project is written as its key, as the current fields give it, whenever the key change shows it.
   */
  private static void addMove(
      List<IssueChange> changes, String fromKey, String toKey, int projectIndex) {
    String fromProject = fromKey;
    String toProject = toKey;
    if (projectIndex >= 0) {
      IssueChange.FieldChange project = (IssueChange.FieldChange) changes.get(projectIndex);
      if (fromKey != null && toKey != null) {
        changes.set(projectIndex, new IssueChange.FieldChange(FieldNames.PROJECT, fromKey, toKey));
      } else {
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
