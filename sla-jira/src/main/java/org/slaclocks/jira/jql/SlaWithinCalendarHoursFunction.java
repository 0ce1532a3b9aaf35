package org.slaclocks.jira.jql;

import org.slaclocks.query.function.SlaFunction;

/** JQL {@code issue in slaWithinCalendarHours(...)}: see {@link SlaJqlFunction}. */
public final class SlaWithinCalendarHoursFunction extends SlaJqlFunction {
  public SlaWithinCalendarHoursFunction(SlaSearch search) {
    super(SlaFunction.WITHIN_CALENDAR_HOURS, search);
  }
}
