package org.slaclocks.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the sandbox's pages show of an issue besides its SLA: its fields as the export has them now,
 * display names included. Shown only; the clocks come from the engine and the store.
 *
 * @param customFields the custom fields the export names, display name to shown value, in the
 *     export's order
 */
public record IssueFields(
    long id,
    String key,
    String projectKey,
    String projectName,
    String summary,
    String issueType,
    String status,
    String statusCategory,
    String priority,
    String resolution,
    String assignee,
    String reporter,
    Instant created,
    Instant updated,
    String description,
    List<String> labels,
    List<String> components,
    Map<String, String> customFields) {
  public IssueFields {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(projectKey, "projectKey");
    summary = summary == null ? "" : summary;
    labels = List.copyOf(labels);
    components = List.copyOf(components);
    customFields = Map.copyOf(customFields);
  }
}
