package org.slaclocks.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import org.slaclocks.clock.ClockState;
import org.slaclocks.tracking.StoredClock;

/**
 * {@link ClockQueries} over clocks held in memory, evaluated row by row: the reference the database
 * stores are tested against, and the store of offline replays.
 */
public final class InMemoryClockQueries implements ClockQueries {
  private final List<StoredClock> clocks;

  public InMemoryClockQueries(Collection<StoredClock> clocks) {
    this.clocks = new ArrayList<>(clocks);
  }

  @Override
  public Set<CalendarGoal> openGoals(String metricId) {
    Set<CalendarGoal> goals = new HashSet<>();
    for (StoredClock clock : clocks) {
      if (clock.metricId().equals(metricId)
          && (clock.state() == ClockState.RUNNING || clock.state() == ClockState.PAUSED)) {
        goals.add(new CalendarGoal(clock.calendar(), clock.goal()));
      }
    }
    return goals;
  }

  @Override
  public void forEachIssueId(ClockCondition condition, LongConsumer sink) {
    Set<Long> ids = new TreeSet<>();
    for (StoredClock clock : clocks) {
      if (condition.test(clock)) {
        ids.add(clock.issueId());
      }
    }
    ids.forEach(sink::accept);
  }
}
