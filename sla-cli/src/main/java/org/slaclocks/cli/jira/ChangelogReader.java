package org.slaclocks.cli.jira;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slaclocks.history.ChangeItem;
import org.slaclocks.history.ChangeItemGroup;
import org.slaclocks.history.UserRef;

/**
 * An issue's {@code changelog.histories} as the core's neutral change groups, oldest first: each
 * item is translated as it is, and {@link org.slaclocks.history.IssueRecord} decides what it means.
 * Jira sometimes returns the same history twice: again with the same id, or (as captured from a
 * JIRA 5.0 instance) under a new id with the same instant and items but no author; both are read
 * once.
 */
final class ChangelogReader {
  private record Content(Instant at, List<ChangeItem> items) {}

  private final Map<String, String> customFieldRenames;

  /**
   * @param customFieldRenames the export's display name of a custom field to the caller's name
   */
  ChangelogReader(Map<String, String> customFieldRenames) {
    this.customFieldRenames = customFieldRenames;
  }

  /** Reads {@code changelog}; a missing changelog is an issue nobody changed. */
  List<ChangeItemGroup> read(JsonNode changelog) {
    JsonNode histories = changelog == null ? null : changelog.get("histories");
    if (histories == null || histories.isNull()) {
      return List.of();
    }
    if (!histories.isArray()) {
      throw new IllegalArgumentException("changelog.histories is not an array");
    }
    checkComplete(changelog, histories.size());
    Set<String> ids = new HashSet<>();
    Map<Content, ChangeItemGroup> groups = new LinkedHashMap<>();
    for (int i = 0; i < histories.size(); i++) {
      JsonNode history = histories.get(i);
      String id = JiraValues.text(history, "id");
      if (id != null && !ids.add(id)) {
        continue;
      }
      ChangeItemGroup group = group(history, id == null ? "#" + i : id);
      // Equal items at the same millisecond cannot be two transactions (the first changed the
      // value): it is Jira repeating a history; keep the copy that names its author.
      Content content = new Content(group.at(), group.items());
      ChangeItemGroup seen = groups.get(content);
      if (seen == null || seen.author().equals(UserRef.UNKNOWN)) {
        groups.put(content, group);
      }
    }
    List<ChangeItemGroup> sorted = new ArrayList<>(groups.values());
    sorted.sort(Comparator.comparing(ChangeItemGroup::at)); // stable: history order at one instant
    return List.copyOf(sorted);
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

  private ChangeItemGroup group(JsonNode history, String name) {
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
    return new ChangeItemGroup(at, JiraValues.user(history.get("author")), items(history));
  }

  /** The items as Jira wrote them; a custom field the caller names otherwise is renamed. */
  private List<ChangeItem> items(JsonNode history) {
    List<ChangeItem> items = new ArrayList<>();
    for (JsonNode node : history.path("items")) {
      String field = JiraValues.text(node, "field");
      if (field == null) {
        continue;
      }
      ChangeItem item =
          new ChangeItem(
              field,
              JiraValues.text(node, "fieldtype"),
              JiraValues.text(node, "from"),
              JiraValues.text(node, "fromString"),
              JiraValues.text(node, "to"),
              JiraValues.text(node, "toString"));
      items.add(
          item.isCustom() ? item.withField(customFieldRenames.getOrDefault(field, field)) : item);
    }
    return items;
  }
}
