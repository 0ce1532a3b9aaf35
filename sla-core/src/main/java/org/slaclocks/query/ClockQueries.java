package org.slaclocks.query;

import java.util.Set;
import java.util.function.LongConsumer;

/** The store's side of the questions: conditions on indexed columns, answered with issue ids. */
public interface ClockQueries {
  /** The distinct calendars and goals of the metric's open (running or paused) clocks. */
  Set<CalendarGoal> openGoals(String metricId);

  /**
   * Feeds {@code sink} the id of every issue with a clock that satisfies {@code condition}, each id
   * once, in ascending order. The condition always names the metric ({@link ClockColumn#METRIC_ID})
   * first. A store streams the ids where it can; it may gather them (8 bytes each) where a
   * condition is an OR of ranges that it asks one by one.
   */
  void forEachIssueId(ClockCondition condition, LongConsumer sink);
}
