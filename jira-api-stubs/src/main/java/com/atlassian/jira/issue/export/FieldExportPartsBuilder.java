// Source: palpandix/custom-issue-picker IssuePickerCFType.java and clocken/bamboo-plan-runner
// MockLabelsCFType.java (Jira 8.0.x) call the static buildSinglePartRepresentation(String, String,
// Stream<String>); docs.atlassian.com/jira/server/.../export/FieldExportPart.html (values a
// Stream).
package com.atlassian.jira.issue.export;

import java.util.stream.Stream;

/** Builds the export representation of a field. */
public class FieldExportPartsBuilder {
  protected FieldExportPartsBuilder() {}

  /**
   * One part (column group) with this id, item label and values: an exporter writes one column per
   * value, each headed by the label.
   */
  public static FieldExportParts buildSinglePartRepresentation(
      String id, String itemLabel, Stream<String> values) {
    throw new UnsupportedOperationException("stub");
  }
}
