package org.slaclocks.tracking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.slaclocks.clock.CycleTrace;
import org.slaclocks.clock.Goal;
import org.slaclocks.history.IssueState;
import org.slaclocks.policy.ChangeContext;
import org.slaclocks.policy.Durations;
import org.slaclocks.policy.GoalRow;
import org.slaclocks.policy.Metric;
import org.slaclocks.policy.PauseCondition;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.policy.Trigger;

/**
 * The cycles of one metric, followed change group by change group: stop, then start, then goal,
 * then pause, as the spec orders them. Produces {@link CycleTrace}s; the arithmetic is done later.
 */
final class MetricWalk {
  private final Metric metric;
  private final SlaConfiguration config;
  private final Set<String> goalFields;
  private final List<CycleTrace> traces = new ArrayList<>();
  private boolean everStarted;

  // the open cycle, if any
  private Instant start;
  private String startCause;
  private List<CycleTrace.ConditionPause> pauses;
  private List<CycleTrace.GoalChoice> goals;
  private GoalRow row;
  private String calendarName;
  private Instant pausedSince;
  private String pauseCause;

  MetricWalk(Metric metric, SlaConfiguration config) {
    this.metric = metric;
    this.config = config;
    this.goalFields = metric.goalFields();
  }

  void apply(ChangeContext change) {
    if (start != null) {
      String cause = firstFiring(metric.stop(), change);
      if (cause != null) {
        stop(change.at(), cause);
      }
    }
    if (start == null && !(metric.firstCycleOnly() && everStarted)) {
      String cause = firstFiring(metric.start(), change);
      if (cause != null) {
        open(change.at(), cause, change.after());
      }
    } else if (start != null && (goals.isEmpty() || goalFieldsChanged(change))) {
      chooseGoal(change.at(), change.after(), change);
    }
    if (start != null) {
      updatePause(change.at(), change.after());
    }
  }

  /** The cycles found, the open one (if it has a goal) last. */
  List<CycleTrace> traces() {
    List<CycleTrace> all = new ArrayList<>(traces);
    if (start != null && !goals.isEmpty()) {
      List<CycleTrace.ConditionPause> open = new ArrayList<>(pauses);
      if (pausedSince != null) {
        open.add(new CycleTrace.ConditionPause(pausedSince, null, pauseCause));
      }
      all.add(new CycleTrace(start, startCause, null, null, open, goals));
    }
    return all;
  }

  private void open(Instant at, String cause, IssueState issue) {
    start = at;
    startCause = cause;
    pauses = new ArrayList<>();
    goals = new ArrayList<>();
    row = null;
    calendarName = null;
    pausedSince = null;
    pauseCause = null;
    chooseGoal(at, issue, null);
  }

  private void stop(Instant at, String cause) {
    if (pausedSince != null) {
      pauses.add(new CycleTrace.ConditionPause(pausedSince, at, pauseCause));
    }
    if (!goals.isEmpty()) {
      // a pending cycle that stops before any goal row matched never existed
      traces.add(new CycleTrace(start, startCause, at, cause, pauses, goals));
      everStarted = true;
    }
    start = null;
  }

  /** The calendar's name, once checked against the configuration. */
  private String known(String calendar) {
    config.calendar(calendar);
    return calendar;
  }

  private void chooseGoal(Instant at, IssueState issue, ChangeContext change) {
    for (GoalRow candidate : metric.goals()) {
      if (candidate.when().matches(issue)) {
        String calendar = candidate.calendar().calendarFor(issue);
        if (candidate.equals(row) && calendar.equals(calendarName)) {
          return;
        }
        Goal goal =
            new Goal(
                candidate.target(),
                internalTarget(candidate),
                known(calendar),
                candidate.when().describe());
        String cause;
        if (goals.isEmpty()) {
          cause = "goal " + format(goal.target()) + " in " + calendar + " (" + goal.label() + ")";
        } else {
          Goal old = goals.get(goals.size() - 1).goal();
          cause =
              "goal "
                  + format(old.target())
                  + " -> "
                  + format(goal.target())
                  + (calendar.equals(calendarName) ? "" : " in " + calendar)
                  + ": "
                  + changedFields(change);
        }
        goals.add(new CycleTrace.GoalChoice(at, goal, cause));
        row = candidate;
        calendarName = calendar;
        return;
      }
    }
    // no row matches: a new cycle stays pending, an open one keeps its goal
  }

  private Duration internalTarget(GoalRow row) {
    Duration internal =
        row.internalTarget() != null ? row.internalTarget() : metric.internalTarget();
    return internal != null && internal.compareTo(row.target()) < 0 ? internal : null;
  }

  private boolean goalFieldsChanged(ChangeContext change) {
    for (String field : goalFields) {
      if (!change.before().all(field).equals(change.after().all(field))) {
        return true;
      }
    }
    return false;
  }

  private String changedFields(ChangeContext change) {
    if (change == null) {
      return "goal chosen";
    }
    List<String> parts = new ArrayList<>();
    for (String field : goalFields) {
      if (!change.before().all(field).equals(change.after().all(field))) {
        // sorted, as Trigger.FieldChanged and PauseCondition.FieldHasValue do: the same bytes on
        // every node, whatever order a set iterates in
        parts.add(
            field + " changed to " + String.join(", ", new TreeSet<>(change.after().all(field))));
      }
    }
    return parts.isEmpty() ? "goal re-chosen" : String.join("; ", parts);
  }

  private void updatePause(Instant at, IssueState issue) {
    String cause = null;
    for (PauseCondition condition : metric.pause()) {
      cause = condition.holds(issue);
      if (cause != null) {
        break;
      }
    }
    if (pausedSince != null && !pauseCause.equals(cause)) {
      pauses.add(new CycleTrace.ConditionPause(pausedSince, at, pauseCause));
      pausedSince = null;
      pauseCause = null;
    }
    if (cause != null && pausedSince == null) {
      pausedSince = at;
      pauseCause = cause;
    }
  }

  private static String firstFiring(List<Trigger> triggers, ChangeContext change) {
    for (Trigger trigger : triggers) {
      String cause = trigger.fire(change);
      if (cause != null) {
        return cause;
      }
    }
    return null;
  }

  private static String format(Duration d) {
    return Durations.format(d);
  }
}
