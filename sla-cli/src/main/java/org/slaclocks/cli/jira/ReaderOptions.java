package org.slaclocks.cli.jira;

import java.util.Map;
import java.util.Objects;

/**
 * How to read a Jira export.
 *
 * @param customFieldNames display name to field id ({@code "Region" -> "customfield_10100"}), for
 *     exports fetched without {@code expand=names}; where the export names the field too, this name
 *     wins and the export's change items are renamed to it
 */
public record ReaderOptions(Map<String, String> customFieldNames) {
  public ReaderOptions {
    Objects.requireNonNull(customFieldNames, "customFieldNames");
    customFieldNames.forEach(
        (name, id) -> {
          if (name == null || name.isBlank() || id == null || id.isBlank()) {
            throw new IllegalArgumentException(
                "customFieldNames: display name and field id must not be empty, got "
                    + name
                    + " -> "
                    + id);
          }
        });
    customFieldNames = Map.copyOf(customFieldNames);
  }

  /** No custom field names beyond the ones the export carries. */
  public static ReaderOptions defaults() {
    return new ReaderOptions(Map.of());
  }

  /** A copy that also names the custom field {@code fieldId} as {@code displayName}. */
  public ReaderOptions withCustomFieldName(String displayName, String fieldId) {
    Map<String, String> next = new java.util.HashMap<>(customFieldNames);
    next.put(displayName, fieldId);
    return new ReaderOptions(next);
  }
}
