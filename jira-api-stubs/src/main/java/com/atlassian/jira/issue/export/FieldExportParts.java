// Source: docs.atlassian.com/jira/server/com/atlassian/jira/issue/export/customfield/
// ExportableCustomFieldType.html (the return type of getRepresentationFromIssue); returned by
// FieldExportPartsBuilder.buildSinglePartRepresentation in palpandix/custom-issue-picker (Jira
// 8.0.0).
package com.atlassian.jira.issue.export;

/**
 * What one field contributes to an export: its parts (columns), each with a label and values. The
 * app only names this type (it returns what the builder made), so no member is declared.
 */
public class FieldExportParts {
  protected FieldExportParts() {}
}
