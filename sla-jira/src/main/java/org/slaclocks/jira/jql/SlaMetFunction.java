package org.slaclocks.jira.jql;

import org.slaclocks.query.function.SlaFunction;

/** JQL {@code issue in slaMet(...)}: see {@link SlaJqlFunction}. */
public final class SlaMetFunction extends SlaJqlFunction {
  public SlaMetFunction(SlaSearch search) {
    super(SlaFunction.MET, search);
  }
}
