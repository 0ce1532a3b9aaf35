package org.slaclocks.history;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The fields of an issue the engine reads, as they are now: the one rule for "current fields" of
 * the app and the offline import. Statuses, priorities, resolutions and issue types carry their
 * Jira id beside their name, so that history items naming the same id under an older name are read
 * under today's name (see {@link IssueRecord}). Users are by user id, the project by key, custom
 * fields by display name with their value as their change items show it.
 *
 * <p>Build with {@link #builder()}; a field left unset is empty.
 */
public record CurrentFields(
    String project,
    Constant issueType,
    Constant status,
    Constant priority,
    Constant resolution,
    String assignee,
    String reporter,
    List<String> labels,
    List<String> components,
    List<String> fixVersions,
    Map<String, String> custom) {

  /**
   * A status, priority, resolution or issue type: Jira's id (null when the source has none) and its
   * name now.
   */
  public record Constant(String id, String name) {
    public Constant {
      Objects.requireNonNull(name, "name");
    }

    /** The constant, or null when it has no name (the field is empty). */
    public static Constant of(String id, String name) {
      return name == null || name.isEmpty() ? null : new Constant(emptyToNull(id), name);
    }
  }

  public CurrentFields {
    labels = values(labels);
    components = values(components);
    fixVersions = values(fixVersions);
    Map<String, String> byName = new LinkedHashMap<>();
    if (custom != null) {
      custom.forEach((name, value) -> byName.put(FieldNames.canonical(name), emptyToNull(value)));
    }
    custom = Collections.unmodifiableMap(byName);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Each field by canonical name, null when empty (so that the history can still say what it held
   * before): labels space-separated, components and fix versions comma-separated, as an export
   * writes them.
   */
  public Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(FieldNames.PROJECT, emptyToNull(project));
    values.put(FieldNames.ISSUE_TYPE, name(issueType));
    values.put(FieldNames.STATUS, name(status));
    values.put(FieldNames.PRIORITY, name(priority));
    values.put(FieldNames.RESOLUTION, name(resolution));
    values.put(FieldNames.ASSIGNEE, emptyToNull(assignee));
    values.put(FieldNames.REPORTER, emptyToNull(reporter));
    values.put(FieldNames.LABELS, labels.isEmpty() ? null : String.join(" ", labels));
    values.put(FieldNames.COMPONENTS, components.isEmpty() ? null : String.join(",", components));
    values.put(
        FieldNames.FIX_VERSIONS, fixVersions.isEmpty() ? null : String.join(",", fixVersions));
    values.putAll(custom);
    return values;
  }

  /** The constants that have a value, by canonical field name. */
  Map<String, Constant> constants() {
    Map<String, Constant> constants = new LinkedHashMap<>();
    putIfAny(constants, FieldNames.ISSUE_TYPE, issueType);
    putIfAny(constants, FieldNames.STATUS, status);
    putIfAny(constants, FieldNames.PRIORITY, priority);
    putIfAny(constants, FieldNames.RESOLUTION, resolution);
    return constants;
  }

  private static void putIfAny(Map<String, Constant> map, String field, Constant constant) {
    if (constant != null) {
      map.put(field, constant);
    }
  }

  private static String name(Constant constant) {
    return constant == null ? null : constant.name();
  }

  private static List<String> values(List<String> values) {
    List<String> kept = new ArrayList<>();
    if (values != null) {
      for (String value : values) {
        if (value != null && !value.isEmpty()) {
          kept.add(value);
        }
      }
    }
    return List.copyOf(kept);
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  /** Collects the fields one by one, as an adapter reads them. */
  public static final class Builder {
    private String project;
    private Constant issueType;
    private Constant status;
    private Constant priority;
    private Constant resolution;
    private String assignee;
    private String reporter;
    private List<String> labels = List.of();
    private List<String> components = List.of();
    private List<String> fixVersions = List.of();
    private final Map<String, String> custom = new LinkedHashMap<>();

    private Builder() {}

    public Builder project(String key) {
      this.project = key;
      return this;
    }

    public Builder issueType(String id, String name) {
      this.issueType = Constant.of(id, name);
      return this;
    }

    public Builder status(String id, String name) {
      this.status = Constant.of(id, name);
      return this;
    }

    public Builder priority(String id, String name) {
      this.priority = Constant.of(id, name);
      return this;
    }

    public Builder resolution(String id, String name) {
      this.resolution = Constant.of(id, name);
      return this;
    }

    public Builder assignee(String userId) {
      this.assignee = userId;
      return this;
    }

    public Builder reporter(String userId) {
      this.reporter = userId;
      return this;
    }

    public Builder labels(List<String> labels) {
      this.labels = labels;
      return this;
    }

    public Builder components(List<String> components) {
      this.components = components;
      return this;
    }

    public Builder fixVersions(List<String> fixVersions) {
      this.fixVersions = fixVersions;
      return this;
    }

    /** A custom field by display name; its value as its change items write it, null if empty. */
    public Builder custom(String name, String value) {
      custom.put(name, value);
      return this;
    }

    public CurrentFields build() {
      return new CurrentFields(
          project,
          issueType,
          status,
          priority,
          resolution,
          assignee,
          reporter,
          labels,
          components,
          fixVersions,
          custom);
    }
  }
}
