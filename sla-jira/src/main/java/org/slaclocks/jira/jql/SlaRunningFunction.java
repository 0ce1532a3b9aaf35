package org.slaclocks.jira.jql;

import org.slaclocks.query.function.SlaFunction;

/** JQL {@code issue in slaRunning(...)}: see {@link SlaJqlFunction}. */
public final class SlaRunningFunction extends SlaJqlFunction {
  public SlaRunningFunction(SlaSearch search) {
    super(SlaFunction.RUNNING, search);
  }
}
