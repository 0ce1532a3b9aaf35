package org.slaclocks.cli.jira;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;
import org.slaclocks.history.IssueHistory;

/**
 * One issue of a Jira export as the reader met it: its JSON, where it was, and the export's field
 * names. Turning it into a history ({@link #read()}) is left to the caller, so that it can happen
 * on another thread than the reading.
 */
public final class ExportIssue {
  /**
   * An issue read.
   *
   * @param history the issue's history
   * @param updated when this copy was last updated; the oldest instant when it does not say
   */
  public record Read(IssueHistory history, Instant updated) {
    public Read {
      Objects.requireNonNull(history, "history");
      Objects.requireNonNull(updated, "updated");
    }
  }

  private final JsonNode json;
  private final String position;
  private final JsonNode names;
  private final JiraIssueMapper mapper;

  ExportIssue(JsonNode json, String position, JsonNode names, JiraIssueMapper mapper) {
    this.json = Objects.requireNonNull(json, "json");
    this.position = Objects.requireNonNull(position, "position");
    this.names = names;
    this.mapper = Objects.requireNonNull(mapper, "mapper");
  }

  /** The issue as Jira wrote it. */
  public JsonNode json() {
    return json;
  }

  /** {@code file#index} in a search response; the file for a single-issue response. */
  public String position() {
    return position;
  }

  /** The response's {@code names} object (field id to display name), or null. */
  public JsonNode names() {
    return names;
  }

  /** What a failure names: the issue key, else its position. */
  public String subject() {
    String key = json.isObject() ? JiraValues.text(json, "key") : null;
    return key != null ? key : position;
  }

  /**
   * The issue's history.
   *
   * @throws IllegalArgumentException saying why it cannot be read, for the list of failures
   */
  public Read read() {
    if (!json.isObject()) {
      throw new IllegalArgumentException("an issue must be a JSON object");
    }
    return new Read(mapper.map(json), updated(json));
  }

  /** The failure for an issue that {@link #read()} refused. */
  public JiraExportReader.Failure failure(IllegalArgumentException e) {
    return new JiraExportReader.Failure(subject(), e.getMessage());
  }

  /** When the copy was last updated; the oldest possible instant when it does not say. */
  private static Instant updated(JsonNode issue) {
    String text = JiraValues.text(issue.path("fields"), "updated");
    try {
      return text == null ? Instant.MIN : JiraValues.instant(text);
    } catch (IllegalArgumentException e) {
      return Instant.MIN;
    }
  }
}
