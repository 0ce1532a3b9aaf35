// Source: docs.atlassian.com/jira/server/com/atlassian/jira/issue/export/customfield/
// ExportableCustomFieldType.html (parameter type); getCustomField() called in
// palpandix/custom-issue-picker IssuePickerCFType.java and clocken/bamboo-plan-runner (Jira 8.0.x).
package com.atlassian.jira.issue.export.customfield;

import com.atlassian.jira.issue.fields.CustomField;

/** What an exporter tells a custom field type about the export: the field being exported. */
public interface CustomFieldExportContext {
  CustomField getCustomField();
}
