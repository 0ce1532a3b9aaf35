package org.slaclocks.jira.jql;

import org.slaclocks.query.function.SlaFunction;

/** JQL {@code issue in slaElapsedPercent(...)}: see {@link SlaJqlFunction}. */
public final class SlaElapsedPercentFunction extends SlaJqlFunction {
  public SlaElapsedPercentFunction(SlaSearch search) {
    super(SlaFunction.ELAPSED_PERCENT, search);
  }
}
