// Source: atlascommunity/jira-plugins-groovy@ef39c51 (Jira 8.13.1) JqlFunctionCFType.java
// (getSingularObjectFromString throws FieldValidationException); turgaycelik/mysource (Jira
// 6.3.15) jira-api/.../customfields/impl/FieldValidationException.java.
package com.atlassian.jira.issue.customfields.impl;

/** A custom field value that cannot be parsed. */
public class FieldValidationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public FieldValidationException(String message) {
    super(message);
  }
}
