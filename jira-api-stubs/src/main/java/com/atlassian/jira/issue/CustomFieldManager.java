// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/CustomFieldManager.html
// (interface; getCustomFieldObject(String), getCustomFieldObjectsByName(String))
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import java.util.Collection;

/** Finds custom fields. */
public interface CustomFieldManager {
  /** The field with this id ({@code customfield_10100}), or null. */
  CustomField getCustomFieldObject(String id);

  Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);
}
