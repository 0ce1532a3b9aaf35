package org.slaclocks.jira.jql;

import org.slaclocks.query.function.SlaFunction;

/** JQL {@code issue in slaBreached(...)}: see {@link SlaJqlFunction}. */
public final class SlaBreachedFunction extends SlaJqlFunction {
  public SlaBreachedFunction(SlaSearch search) {
    super(SlaFunction.BREACHED, search);
  }
}
