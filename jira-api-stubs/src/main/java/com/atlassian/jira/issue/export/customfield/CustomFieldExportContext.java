// Source: linked-planet/kotlin-atlassian-client@93f03ac (Jira 9.4.2) FieldAccessorImpl.kt:132-137
// (a class implementing the interface: CustomField getCustomField(), I18nHelper getI18nHelper(),
// String getDefaultColumnHeader()); docs.atlassian.com/jira/server/com/atlassian/jira/issue/export/
// customfield/ExportableCustomFieldType.html (parameter type).
package com.atlassian.jira.issue.export.customfield;

import com.atlassian.jira.issue.fields.CustomField;

/** What an exporter tells a custom field type about the export: the field being exported. */
public interface CustomFieldExportContext {
  CustomField getCustomField();
}
