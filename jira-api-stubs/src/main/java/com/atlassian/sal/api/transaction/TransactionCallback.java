// Source: ngannk-fptu/Decompiled-Files@e0c88ec (Platform 6 jars) TransactionCallback.java:6-7;
// every member: docs/jira-api-references.md.
package com.atlassian.sal.api.transaction;

/** A unit of work that {@code ActiveObjects.executeInTransaction} runs in one transaction. */
public interface TransactionCallback<T> {
  /** Runs the work; a runtime exception rolls the transaction back. */
  T doInTransaction();
}
