package org.slaclocks.policy;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One thing that is timed, with its start, stop and pause conditions and its goal table.
 *
 * @param firstCycleOnly at most one cycle ever (time to first response)
 * @param internalTarget the default internal target of rows that give none; may be null
 * @param parentMetric for an OLA, the id of the SLA metric whose budget it is part of; may be null
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
    String parentMetric) {
  public Metric {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    start = List.copyOf(start);
    stop = List.copyOf(stop);
    pause = List.copyOf(pause);
    goals = List.copyOf(goals);
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
