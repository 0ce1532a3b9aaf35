package org.slaclocks.jira.jql;

import org.slaclocks.query.function.SlaFunction;

/** JQL {@code issue in slaCompleted(...)}: see {@link SlaJqlFunction}. */
public final class SlaCompletedFunction extends SlaJqlFunction {
  public SlaCompletedFunction(SlaSearch search) {
    super(SlaFunction.COMPLETED, search);
  }
}
