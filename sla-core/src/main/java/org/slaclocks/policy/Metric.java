package org.slaclocks.policy;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One thing that is timed, with its start, stop and pause conditions, its goal table, and its
 * reminders and escalations.
 *
 * @param firstCycleOnly at most one cycle ever (time to first response)
 * @param internalTarget the default internal target of rows that give none; may be null
 * @param parentMetric for an OLA, the id of the SLA metric whose budget it is part of; may be null
 * @param alerts reminders, then escalations, as the policy file lists them; ids are unique
 */
public record Metric(
    String id,
    String name,
    List<Trigger> start,
    List<Trigger> stop,
    List<PauseCondition> pause,
    boolean firstCycleOnly,
    List<GoalRow> goals,
    Duration internalTarget,
    String parentMetric,
    List<AlertRule> alerts) {
  public Metric {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    start = List.copyOf(start);
    stop = List.copyOf(stop);
    pause = List.copyOf(pause);
    goals = List.copyOf(goals);
    alerts = List.copyOf(alerts);
    Set<String> ids = new java.util.HashSet<>();
    for (AlertRule alert : alerts) {
      if (!ids.add(alert.id())) {
        throw new IllegalArgumentException(
            "reminder or escalation id '" + alert.id() + "' is used twice in metric " + id);
      }
    }
  }

  /** A metric without reminders or escalations. */
  public Metric(
      String id,
      String name,
      List<Trigger> start,
      List<Trigger> stop,
      List<PauseCondition> pause,
      boolean firstCycleOnly,
      List<GoalRow> goals,
      Duration internalTarget,
      String parentMetric) {
    this(
        id,
        name,
        start,
        stop,
        pause,
        firstCycleOnly,
        goals,
        internalTarget,
        parentMetric,
        List.of());
  }

  /** The same metric with these reminders and escalations. */
  public Metric withAlerts(List<AlertRule> rules) {
    return new Metric(
        id, name, start, stop, pause, firstCycleOnly, goals, internalTarget, parentMetric, rules);
  }

  /** The fields goal rows read: a change to one of them re-chooses the goal of an open cycle. */
  public Set<String> goalFields() {
    Set<String> fields = new LinkedHashSet<>();
    for (GoalRow row : goals) {
      fields.addAll(row.when().fields());
      if (row.calendar().field() != null) {
        fields.add(row.calendar().field());
      }
    }
    return fields;
  }
}
