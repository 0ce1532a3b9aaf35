package org.slaclocks.jira.jql;

import org.slaclocks.query.function.SlaFunction;

/** JQL {@code issue in slaAtRisk(...)}: see {@link SlaJqlFunction}. */
public final class SlaAtRiskFunction extends SlaJqlFunction {
  public SlaAtRiskFunction(SlaSearch search) {
    super(SlaFunction.AT_RISK, search);
  }
}
