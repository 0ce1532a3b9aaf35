package org.slaclocks.cli.jira;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slaclocks.history.CurrentFields;
import org.slaclocks.history.IssueComment;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.history.IssueRecord;
import org.slaclocks.history.UserRef;

/**
 * One issue of a Jira REST response (with {@code expand=changelog}) as an {@link IssueHistory}: the
 * response's values are translated into an {@link IssueRecord}, whose mapping the Jira app shares.
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
    IssueRecord record =
        new IssueRecord(
            id,
            key,
            createdAt,
            creator,
            currentFields(fields),
            new ChangelogReader(customFieldRenames).read(issue.get("changelog")),
            comments(fields.get("comment")));
    return record.toHistory(UserIds.of(issue)::resolve);
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

  /** The fields the engine reads, as they are now. */
  private CurrentFields currentFields(JsonNode fields) {
    CurrentFields.Builder current =
        CurrentFields.builder()
            .project(JiraValues.text(fields.get("project"), "key"))
            .issueType(constantId(fields, "issuetype"), constantName(fields, "issuetype"))
            .status(constantId(fields, "status"), constantName(fields, "status"))
            .priority(constantId(fields, "priority"), constantName(fields, "priority"))
            .resolution(constantId(fields, "resolution"), constantName(fields, "resolution"))
            .assignee(JiraValues.userId(fields.get("assignee")))
            .reporter(JiraValues.userId(fields.get("reporter")))
            .labels(names(fields.get("labels")))
            .components(names(fields.get("components")))
            .fixVersions(names(fields.get("fixVersions")));
    fields
        .properties()
        .forEach(
            e -> {
              String name = customFieldNames.get(e.getKey());
              if (name != null) {
                current.custom(name, JiraValues.fieldText(e.getValue()));
              }
            });
    return current.build();
  }

  private static String constantId(JsonNode fields, String field) {
    return JiraValues.text(fields.get(field), "id");
  }

  private static String constantName(JsonNode fields, String field) {
    return JiraValues.text(fields.get(field), "name");
  }

  /** Labels are text, components and versions objects with a name. */
  private static List<String> names(JsonNode values) {
    List<String> names = new ArrayList<>();
    if (values != null && values.isArray()) {
      for (JsonNode value : values) {
        String name = value.isTextual() ? value.asText() : JiraValues.text(value, "name");
        if (name != null && !name.isEmpty()) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /** The comments, each restricted when it has a visibility (a role or a group). */
  private static List<IssueComment> comments(JsonNode comment) {
    JsonNode comments = comment == null ? null : comment.get("comments");
    if (comments == null || !comments.isArray()) {
      return List.of();
    }
    List<IssueComment> read = new ArrayList<>();
    for (int i = 0; i < comments.size(); i++) {
      JsonNode c = comments.get(i);
      String id = JiraValues.text(c, "id");
      String name = "comment " + (id == null ? "#" + i : id);
      String created = JiraValues.text(c, "created");
      if (created == null) {
        throw new IllegalArgumentException(name + " has no created instant");
      }
      JsonNode visibility = c.get("visibility");
      read.add(
          new IssueComment(
              instant(name, created),
              JiraValues.user(c.get("author")),
              visibility != null && visibility.isObject()));
    }
    return read;
  }

  private static Instant instant(String what, String text) {
    try {
      return JiraValues.instant(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
    }
  }
}
