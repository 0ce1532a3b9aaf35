package org.slaclocks.report;

import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import org.slaclocks.clock.Cycle;

/**
 * One cycle as reports read it: the issue (id, key, and the project it is in now, which decides who
 * may see it), policy and metric it belongs to, the cycle as of the computation's now, the time
 * zone of the calendar that counted it, and the issue's fields as they were when the cycle started
 * (the scope a report breaks down by: priority, organisation, ...). Fields are keyed as the engine
 * keys them: system fields by canonical name ({@code priority}), custom fields by display name.
 */
public record ReportCycle(
    long issueId,
    String issueKey,
    String projectKey,
    String policyId,
    String metricId,
    Cycle cycle,
    ZoneId zone,
    Map<String, String> fields) {
  public ReportCycle {
    Objects.requireNonNull(issueKey, "issueKey");
    Objects.requireNonNull(projectKey, "projectKey");
    Objects.requireNonNull(policyId, "policyId");
    Objects.requireNonNull(metricId, "metricId");
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(zone, "zone");
    fields = Map.copyOf(fields);
  }

  /** The value of a field at the cycle's start; null when the issue had none. */
  public String field(String name) {
    return fields.get(name);
  }
}
