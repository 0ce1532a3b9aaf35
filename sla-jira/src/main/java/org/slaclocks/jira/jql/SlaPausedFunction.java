package org.slaclocks.jira.jql;

import org.slaclocks.query.function.SlaFunction;

/** JQL {@code issue in slaPaused(...)}: see {@link SlaJqlFunction}. */
public final class SlaPausedFunction extends SlaJqlFunction {
  public SlaPausedFunction(SlaSearch search) {
    super(SlaFunction.PAUSED, search);
  }
}
