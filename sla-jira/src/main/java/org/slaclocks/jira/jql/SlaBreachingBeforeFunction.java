package org.slaclocks.jira.jql;

import org.slaclocks.query.function.SlaFunction;

/** JQL {@code issue in slaBreachingBefore(...)}: see {@link SlaJqlFunction}. */
public final class SlaBreachingBeforeFunction extends SlaJqlFunction {
  public SlaBreachingBeforeFunction(SlaSearch search) {
    super(SlaFunction.BREACHING_BEFORE, search);
  }
}
