package org.slaclocks.jira.jql;

import org.slaclocks.query.function.SlaFunction;

/** JQL {@code issue in slaElapsed(...)}: see {@link SlaJqlFunction}. */
public final class SlaElapsedFunction extends SlaJqlFunction {
  public SlaElapsedFunction(SlaSearch search) {
    super(SlaFunction.ELAPSED, search);
  }
}
