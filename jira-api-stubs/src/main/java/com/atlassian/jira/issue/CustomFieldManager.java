// Source: codescape/jira-scrum-poker@364a124 (Jira 10.3.0)
// ScrumPokerHealthCheckAction.java:146,151; every member: docs/jira-api-references.md. Only Jira <=
// 8 sources show: kind.
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import java.util.Collection;

/** Finds custom fields. */
public interface CustomFieldManager {
  /** The field with this id ({@code customfield_10100}), or null. */
  CustomField getCustomFieldObject(String id);

  Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);
}
