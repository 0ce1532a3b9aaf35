package org.slaclocks.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slaclocks.clock.ClockState;

/**
 * The running clocks not yet breached, soonest breach first: what to work on now. Paused clocks
 * have no breach instant and are left out; so are clocks already late (they are breaches).
 */
public final class AboutToBreach {
  private AboutToBreach() {}

  /** One clock: its breach instant and the working time left at {@code now}. */
  public record Row(
      String issueKey, String policyId, String metricId, Instant deadline, Duration remaining) {}

  /** At most {@code limit} rows, by deadline, then issue key and metric. */
  public static List<Row> of(Iterable<ReportCycle> cycles, Instant now, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be 1 or more, was " + limit);
    }
    List<Row> rows = new ArrayList<>();
    for (ReportCycle c : cycles) {
      var cycle = c.cycle();
      if (cycle.state() == ClockState.RUNNING
          && !cycle.isBreached()
          && cycle.deadline() != null
          && !cycle.deadline().isBefore(now)) {
        rows.add(
            new Row(c.issueKey(), c.policyId(), c.metricId(), cycle.deadline(), cycle.remaining()));
      }
    }
    rows.sort(
        Comparator.comparing(Row::deadline)
            .thenComparing(Row::issueKey)
            .thenComparing(Row::metricId));
    return rows.size() > limit ? List.copyOf(rows.subList(0, limit)) : rows;
  }
}
