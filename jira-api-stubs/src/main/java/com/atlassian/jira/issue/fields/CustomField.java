// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/fields/CustomField.html
// (interface; String getId, String getName)
package com.atlassian.jira.issue.fields;

/** A custom field. */
public interface CustomField {
  String getId();

  String getName();
}
