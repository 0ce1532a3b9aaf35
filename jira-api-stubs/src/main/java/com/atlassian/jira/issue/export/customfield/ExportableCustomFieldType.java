// Source: docs.atlassian.com/jira/server/com/atlassian/jira/issue/export/customfield/
// ExportableCustomFieldType.html (@ExperimentalSpi public interface, its one method); implemented
// by
// clocken/bamboo-plan-runner MockLabelsCFType.java (Jira 8.0.3), overridden by
// palpandix/custom-issue-picker IssuePickerCFType.java (Jira 8.0.0).
package com.atlassian.jira.issue.export.customfield;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.export.FieldExportParts;

/** A custom field type that says what its field contributes to exports such as CSV. */
public interface ExportableCustomFieldType {
  FieldExportParts getRepresentationFromIssue(Issue issue, CustomFieldExportContext context);
}
