// Source:
// docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/transaction/TransactionCallback.html (interface; generic since SAL 2.x as used by ActiveObjects.executeInTransaction).
package com.atlassian.sal.api.transaction;

/** A unit of work that {@code ActiveObjects.executeInTransaction} runs in one transaction. */
public interface TransactionCallback<T> {
  /** Runs the work; a runtime exception rolls the transaction back. */
  T doInTransaction();
}
