package org.slaclocks.jira.jql;

import org.slaclocks.query.function.SlaFunction;

/** JQL {@code issue in slaBreachedBetween(...)}: see {@link SlaJqlFunction}. */
public final class SlaBreachedBetweenFunction extends SlaJqlFunction {
  public SlaBreachedBetweenFunction(SlaSearch search) {
    super(SlaFunction.BREACHED_BETWEEN, search);
  }
}
