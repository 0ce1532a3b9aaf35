package org.slaclocks.jira.jql;

import org.slaclocks.query.function.SlaFunction;

/** JQL {@code issue in slaRemaining(...)}: see {@link SlaJqlFunction}. */
public final class SlaRemainingFunction extends SlaJqlFunction {
  public SlaRemainingFunction(SlaSearch search) {
    super(SlaFunction.REMAINING, search);
  }
}
