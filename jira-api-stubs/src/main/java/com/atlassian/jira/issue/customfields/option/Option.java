// Source:
// https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/customfields/option/Option.html
// (interface; String getValue)
package com.atlassian.jira.issue.customfields.option;

/** One option of a select custom field. */
public interface Option {
  String getValue();
}
