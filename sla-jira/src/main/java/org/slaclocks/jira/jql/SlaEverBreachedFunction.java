package org.slaclocks.jira.jql;

import org.slaclocks.query.function.SlaFunction;

/** JQL {@code issue in slaEverBreached(...)}: see {@link SlaJqlFunction}. */
public final class SlaEverBreachedFunction extends SlaJqlFunction {
  public SlaEverBreachedFunction(SlaSearch search) {
    super(SlaFunction.EVER_BREACHED, search);
  }
}
