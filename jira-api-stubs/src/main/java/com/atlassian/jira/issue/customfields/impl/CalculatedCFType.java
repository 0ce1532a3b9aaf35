// Source: atlascommunity/jira-plugins-groovy@ef39c51 (Jira 8.13.1) JqlFunctionCFType.java and
// DateTimeScriptedCFType.java (the three abstract methods implemented); Jira Software 10.6 javadoc
// RankCFType extends it; turgaycelik/mysource (Jira 6.3.15)
// CalculatedCFType/AbstractCustomFieldType.
package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import java.util.Map;

/**
 * A custom field whose value is computed, never stored. T is the value, S its single object. The
 * three abstract methods are those abstract in the real type (from CustomFieldType).
 */
public abstract class CalculatedCFType<T, S> {
  public CalculatedCFType() {}

  public abstract String getStringFromSingularObject(S singularObject);

  public abstract S getSingularObjectFromString(String string) throws FieldValidationException;

  public abstract T getValueFromIssue(CustomField field, Issue issue);

  /** From AbstractCustomFieldType: the parameters of the view templates ($issue may be null). */
  public Map<String, Object> getVelocityParameters(
      Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
    throw new UnsupportedOperationException("stub");
  }
}
