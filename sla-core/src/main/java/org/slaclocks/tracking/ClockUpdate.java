package org.slaclocks.tracking;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A request to replace an issue's stored clocks with {@code clocks}, provided the stored version is
 * still {@code expectedVersion} (0: nothing stored yet), the version read before the issue's
 * history was read. {@code triggers} holds, per metric id, what the due index keeps of the clock's
 * reminders and escalations; a metric without any is absent. {@code cycleFields} holds, per metric
 * id, the issue's report fields (priority, the fields the configuration names) as they were when
 * each of the clock's cycles started, one map per cycle in cycle order; a store that keeps cycles
 * for reports writes them with the cycles (empty: no field is kept).
 */
public record ClockUpdate(
    IssueClocks clocks,
    long expectedVersion,
    Map<String, TriggerSchedule.Triggers> triggers,
    Map<String, List<Map<String, String>>> cycleFields) {
  public ClockUpdate {
    Objects.requireNonNull(clocks, "clocks");
    if (expectedVersion < 0) {
      throw new IllegalArgumentException("expectedVersion must be >= 0, was " + expectedVersion);
    }
    triggers = Map.copyOf(triggers);
    Map<String, List<Map<String, String>>> fields = new LinkedHashMap<>();
    cycleFields.forEach(
        (metric, cycles) -> fields.put(metric, cycles.stream().map(Map::copyOf).toList()));
    cycleFields = Map.copyOf(fields);
  }

  /** Clocks with reminders or escalations, without report fields. */
  public ClockUpdate(
      IssueClocks clocks, long expectedVersion, Map<String, TriggerSchedule.Triggers> triggers) {
    this(clocks, expectedVersion, triggers, Map.of());
  }

  /** Clocks without reminders or escalations. */
  public ClockUpdate(IssueClocks clocks, long expectedVersion) {
    this(clocks, expectedVersion, Map.of());
  }

  /** The fields at the start of cycle {@code index} (1, 2, ...) of the metric; empty if unknown. */
  public Map<String, String> fieldsAt(String metricId, int index) {
    List<Map<String, String>> cycles = cycleFields.get(metricId);
    return cycles == null || index > cycles.size() ? Map.of() : cycles.get(index - 1);
  }

  /** The same update with these report fields. */
  public ClockUpdate withCycleFields(Map<String, List<Map<String, String>>> fields) {
    return new ClockUpdate(clocks, expectedVersion, triggers, fields);
  }
}
