package org.slaclocks.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slaclocks.cli.jira.ExportIssue;
import org.slaclocks.cli.jira.JiraExportReader;
import org.slaclocks.cli.jira.JiraExportStream;
import org.slaclocks.cli.jira.ReadProgress;
import org.slaclocks.cli.jira.ReaderOptions;

/**
 * Reads the shown fields of every issue in Jira REST exports (a search response or one issue), by
 * issue id. The engine's reader ({@code JiraExportReader}) reads the same files for the histories;
 * this one only keeps what a person reads on the pages.
 */
final class IssueFieldsReader {
  /** Jira's REST timestamps: {@code 2026-01-05T09:12:00.000+0000}. */
  private static final DateTimeFormatter JIRA_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx");

  private IssueFieldsReader() {}

  /** The fields of every readable issue of the files, by id; unreadable files are skipped. */
  static Map<Long, IssueFields> read(List<Path> files) {
    return read(files, new HashMap<>(), new HashMap<>());
  }

  /**
   * As {@link #read(List)}, and collects what the exports say of people (user key to display name,
   * from fields and change items) and of statuses (name to status category key), so that fields can
   * be shown as they were at an earlier instant.
   */
  static Map<Long, IssueFields> read(
      List<Path> files, Map<String, String> people, Map<String, String> statusCategories) {
    Map<Long, IssueFields> out = new HashMap<>();
    JiraExportStream.read(
        files,
        ReaderOptions.defaults(),
        ReadProgress.silent(),
        new JiraExportStream.Listener() {
          @Override
          public void issue(ExportIssue issue) {
            read(issue, people, statusCategories).ifPresent(f -> out.put(f.id(), f));
          }

          @Override
          public void failure(JiraExportReader.Failure failure) {
            // the history reader reports it
          }
        });
    return out;
  }

  /**
   * The shown fields of one issue of an export, collecting its people and statuses; empty when the
   * issue has no key, id or fields.
   */
  static java.util.Optional<IssueFields> read(
      ExportIssue issue, Map<String, String> people, Map<String, String> statusCategories) {
    if (!issue.json().isObject()) {
      return java.util.Optional.empty();
    }
    Map<String, String> names = new LinkedHashMap<>();
    collectNames(issue.names(), names);
    collect(issue.json(), people, statusCategories);
    return read(issue.json(), names);
  }

  private static void collectNames(JsonNode node, Map<String, String> names) {
    if (node == null || !node.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      names.put(e.getKey(), e.getValue().asText());
    }
  }

  private static java.util.Optional<IssueFields> read(JsonNode issue, Map<String, String> names) {
    JsonNode fields = issue.get("fields");
    if (fields == null || !fields.isObject() || !issue.hasNonNull("key")) {
      return java.util.Optional.empty();
    }
    long id;
    try {
      id = Long.parseLong(issue.path("id").asText());
    } catch (NumberFormatException e) {
      return java.util.Optional.empty();
    }
    JsonNode project = fields.path("project");
    Map<String, String> custom = new LinkedHashMap<>();
    Map<String, String> issueNames = new LinkedHashMap<>(names);
    collectNames(issue.get("names"), issueNames);
    for (Map.Entry<String, String> name : issueNames.entrySet()) {
      if (name.getKey().startsWith("customfield_")) {
        String value = shown(fields.get(name.getKey()));
        if (value != null) {
          custom.put(name.getValue(), value);
        }
      }
    }
    return java.util.Optional.of(
        new IssueFields(
            id,
            issue.get("key").asText(),
            project.path("key").asText(""),
            project.path("name").asText(""),
            fields.path("summary").asText(""),
            name(fields.get("issuetype")),
            name(fields.get("status")),
            fields.path("status").path("statusCategory").path("key").asText(null),
            name(fields.get("priority")),
            name(fields.get("resolution")),
            person(fields.get("assignee")),
            person(fields.get("reporter")),
            instant(fields.get("created")),
            instant(fields.get("updated")),
            fields.hasNonNull("description") ? fields.get("description").asText() : null,
            strings(fields.get("labels")),
            names(fields.get("components")),
            custom));
  }

  private static void collect(
      JsonNode issue, Map<String, String> people, Map<String, String> statusCategories) {
    JsonNode fields = issue.path("fields");
    for (String field : List.of("assignee", "reporter", "creator")) {
      JsonNode person = fields.get(field);
      if (person != null && person.isObject()) {
        String display = person.path("displayName").asText(null);
        for (String id : List.of("key", "name", "accountId")) {
          String value = person.path(id).asText(null);
          if (value != null && display != null) {
            people.putIfAbsent(value, display);
          }
        }
      }
    }
    JsonNode status = fields.path("status");
    String category = status.path("statusCategory").path("key").asText(null);
    if (status.hasNonNull("name") && category != null) {
      statusCategories.putIfAbsent(status.get("name").asText(), category);
    }
    for (JsonNode history : issue.path("changelog").path("histories")) {
      for (JsonNode item : history.path("items")) {
        if ("assignee".equals(item.path("field").asText())) {
          for (String[] pair : new String[][] {{"from", "fromString"}, {"to", "toString"}}) {
            String id = item.path(pair[0]).asText(null);
            String display = item.path(pair[1]).asText(null);
            if (id != null && display != null) {
              people.putIfAbsent(id, display);
            }
          }
        }
      }
    }
  }

  private static String name(JsonNode node) {
    return node == null || node.isNull() ? null : node.path("name").asText(null);
  }

  private static String person(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    String display = node.path("displayName").asText(null);
    return display != null ? display : node.path("name").asText(null);
  }

  private static Instant instant(JsonNode node) {
    if (node == null || !node.isTextual()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(node.asText(), JIRA_TIME).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(node.asText()).toInstant();
      } catch (DateTimeParseException again) {
        return null;
      }
    }
  }

  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node != null && node.isArray()) {
      node.forEach(n -> out.add(n.asText()));
    }
    return out;
  }

  private static List<String> names(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node != null && node.isArray()) {
      node.forEach(n -> out.add(n.path("name").asText()));
    }
    return out;
  }

  /** A custom field's value as shown: an option's value, a text, a number; null when empty. */
  private static String shown(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isObject()) {
      return value.has("value")
          ? value.get("value").asText()
          : value.has("name") ? value.get("name").asText() : null;
    }
    if (value.isArray()) {
      List<String> parts = new ArrayList<>();
      value.forEach(v -> parts.add(shown(v)));
      parts.removeIf(java.util.Objects::isNull);
      return parts.isEmpty() ? null : String.join(", ", parts);
    }
    return value.asText();
  }
}
