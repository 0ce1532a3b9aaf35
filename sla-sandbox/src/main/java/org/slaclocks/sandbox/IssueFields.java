package org.slaclocks.sandbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slaclocks.history.ChangeGroup;
import org.slaclocks.history.FieldNames;
import org.slaclocks.history.IssueChange;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.history.IssueState;

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

  /**
   * The fields as they were at {@code now}: the export gives them as they are at the export's
   * instant, so with time frozen earlier the change history is played up to {@code now} (status,
   * priority, resolution, assignee, labels, components, summary and the custom fields), as Jira
   * would have shown the issue then.
   *
   * @param people user key to display name, as the exports name them
   * @param statusCategories status name to status category key
   */
  public IssueFields asOf(
      IssueHistory history,
      Instant now,
      Map<String, String> people,
      Map<String, String> statusCategories) {
    boolean changedLater = history.groups().stream().anyMatch(g -> g.at().isAfter(now));
    if (!changedLater) {
      return this;
    }
    IssueState state = history.initialState();
    Instant last = history.createdAt();
    for (ChangeGroup group : history.groups()) {
      if (group.at().isAfter(now)) {
        break;
      }
      last = group.at();
      for (IssueChange change : group.items()) {
        if (change instanceof IssueChange.FieldChange field) {
          state = state.apply(field);
        }
      }
    }
    String statusThen = state.get(FieldNames.STATUS);
    String assigneeThen = state.get(FieldNames.ASSIGNEE);
    Map<String, String> customThen = new LinkedHashMap<>();
    for (String name : customFields.keySet()) {
      String value = state.get(name);
      if (value != null) {
        customThen.put(name, value);
      }
    }
    String summaryThen = state.get("summary");
    return new IssueFields(
        id,
        key,
        projectKey,
        projectName,
        summaryThen != null ? summaryThen : summary,
        state.get(FieldNames.ISSUE_TYPE) != null ? state.get(FieldNames.ISSUE_TYPE) : issueType,
        statusThen,
        statusThen == null ? null : statusCategories.get(statusThen),
        state.get(FieldNames.PRIORITY),
        state.get(FieldNames.RESOLUTION),
        assigneeThen == null ? null : people.getOrDefault(assigneeThen, assigneeThen),
        reporter,
        created,
        last,
        description,
        List.copyOf(state.all(FieldNames.LABELS)),
        List.copyOf(state.all(FieldNames.COMPONENTS)),
        customThen);
  }
}
