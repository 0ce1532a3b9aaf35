// Source: turgaycelik/mysource@44f29e3 (Jira 6.3.15) jira-api/.../bc/ServiceResult.java:14,19,24
// (interface); isValid() and getErrorCollection() called on a ServiceResult-bounded receiver by
// linked-planet/kotlin-atlassian-client@93f03ac (Jira 9.4.2) EitherExtension.kt:36-40.
// docs/jira-api-references.md.
package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

/** The result of a Jira service call: valid, or the errors. */
public interface ServiceResult {
  boolean isValid();

  ErrorCollection getErrorCollection();
}
