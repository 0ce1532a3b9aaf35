package org.slaclocks.cli.jira;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slaclocks.history.ChangeGroup;
import org.slaclocks.history.FieldNames;
import org.slaclocks.history.InitialFields;
import org.slaclocks.history.IssueChange;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.history.UserRef;

/**
 * One issue of a Jira REST response (with {@code expand=changelog}) as an {@link IssueHistory}.
 * Every reason not to read an issue is an {@link IllegalArgumentException} whose message says what
 * is wrong, for the import's list of failures.
 */
final class JiraIssueMapper {
  private static final String CUSTOM_FIELD_PREFIX = "customfield_";

  /** Custom field id to the display name used in the history. */
  private final Map<String, String> customFieldNames;

  /** The export's display name of a custom field to the caller's, where they differ. */
  private final Map<String, String> customFieldRenames;

  /**
   * @param names the response's {@code names} object (field id to display name), or null
   */
  JiraIssueMapper(JsonNode names, ReaderOptions options) {
    Map<String, String> exported = new HashMap<>();
    if (names != null && names.isObject()) {
      names
          .properties()
          .forEach(
              e -> {
                if (e.getKey().startsWith(CUSTOM_FIELD_PREFIX) && e.getValue().isTextual()) {
                  exported.put(e.getKey(), e.getValue().asText());
                }
              });
    }
    this.customFieldNames = new HashMap<>(exported);
    this.customFieldRenames = new HashMap<>();
    new TreeMap<>(options.customFieldNames())
        .forEach(
            (name, id) -> {
              customFieldNames.put(id, name);
              String jiraName = exported.get(id);
              if (jiraName != null && !jiraName.equals(name)) {
                customFieldRenames.put(jiraName, name);
              }
            });
  }

  IssueHistory map(JsonNode issue) {
    String key = JiraValues.text(issue, "key");
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("the issue has no key");
    }
    JsonNode fields = issue.get("fields");
    if (fields == null || !fields.isObject()) {
      throw new IllegalArgumentException("the issue has no fields object");
    }
    long id = issueId(issue);
    String created = JiraValues.text(fields, "created");
    if (created == null) {
      throw new IllegalArgumentException(
          "the issue has no fields.created, the instant its clocks start from");
    }
    Instant createdAt = instant("fields.created", created);
    JsonNode creatorNode = fields.get("creator");
    UserRef creator =
        JiraValues.user(
            creatorNode != null && creatorNode.isObject() ? creatorNode : fields.get("reporter"));

    ChangelogReader.Changelog changelog =
        new ChangelogReader(UserIds.of(issue), customFieldRenames).read(issue.get("changelog"));
    Map<String, String> current = currentFields(fields);
    Set<String> tracked = new HashSet<>(current.keySet());
    tracked.addAll(changelog.customFields());
    Map<String, String> initial = InitialFields.reconstruct(current, tracked, changelog.groups());

    List<ChangeGroup> groups = new ArrayList<>(changelog.groups());
    groups.addAll(comments(fields.get("comment")));
    return new IssueHistory(id, key, createdAt, creator, initial, groups);
  }

  private static long issueId(JsonNode issue) {
    String id = JiraValues.text(issue, "id");
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          id == null ? "the issue has no id" : "the issue id '" + id + "' is not a number", e);
    }
  }

  /**
   * The fields the engine reads, as they are now, by canonical name; null for an empty field (so
   * that the history can still say what it held before).
   */
  private Map<String, String> currentFields(JsonNode fields) {
    Map<String, String> current = new LinkedHashMap<>();
    current.put(FieldNames.PROJECT, JiraValues.text(fields.get("project"), "key"));
    current.put(FieldNames.ISSUE_TYPE, JiraValues.text(fields.get("issuetype"), "name"));
    current.put(FieldNames.STATUS, JiraValues.text(fields.get("status"), "name"));
    current.put(FieldNames.PRIORITY, JiraValues.text(fields.get("priority"), "name"));
    current.put(FieldNames.RESOLUTION, JiraValues.text(fields.get("resolution"), "name"));
    current.put(FieldNames.ASSIGNEE, JiraValues.userId(fields.get("assignee")));
    current.put(FieldNames.REPORTER, JiraValues.userId(fields.get("reporter")));
    current.put(FieldNames.LABELS, joined(fields.get("labels"), " "));
    current.put(FieldNames.COMPONENTS, joined(fields.get("components"), ","));
    current.put(FieldNames.FIX_VERSIONS, joined(fields.get("fixVersions"), ","));
    fields
        .properties()
        .forEach(
            e -> {
              String name = customFieldNames.get(e.getKey());
              if (name != null) {
                current.put(FieldNames.canonical(name), JiraValues.fieldText(e.getValue()));
              }
            });
    return current;
  }

  /** Labels are text, components and versions objects with a name. */
  private static String joined(JsonNode values, String separator) {
    if (values == null || !values.isArray() || values.isEmpty()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (JsonNode value : values) {
      String part = value.isTextual() ? value.asText() : JiraValues.text(value, "name");
      if (part != null && !part.isEmpty()) {
        parts.add(part);
      }
    }
    return parts.isEmpty() ? null : String.join(separator, parts);
  }

  /** Each comment is a group of its own; one with a visibility restriction is internal. */
  private static List<ChangeGroup> comments(JsonNode comment) {
    JsonNode comments = comment == null ? null : comment.get("comments");
    if (comments == null || !comments.isArray()) {
      return List.of();
    }
    List<ChangeGroup> groups = new ArrayList<>();
    for (int i = 0; i < comments.size(); i++) {
      JsonNode c = comments.get(i);
      String id = JiraValues.text(c, "id");
      String name = "comment " + (id == null ? "#" + i : id);
      String created = JiraValues.text(c, "created");
      if (created == null) {
        throw new IllegalArgumentException(name + " has no created instant");
      }
      JsonNode visibility = c.get("visibility");
      boolean restricted = visibility != null && visibility.isObject();
      UserRef author = JiraValues.user(c.get("author"));
      groups.add(
          ChangeGroup.of(
              instant(name, created), author, new IssueChange.CommentAdded(author, restricted)));
    }
    return groups;
  }

  private static Instant instant(String what, String text) {
    try {
      return JiraValues.instant(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
    }
  }
}
