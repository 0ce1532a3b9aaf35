package org.slaclocks.tracking;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.slaclocks.calendar.BusinessCalendar;
import org.slaclocks.clock.SlaClock;

/** An {@link SlaClock} as stored: everything the issue panel shows, calendars kept by name. */
public record StoredSlaClock(
    String policyId,
    String metricId,
    String metricName,
    List<StoredCycle> cycles,
    boolean withinCalendarHours) {

  public StoredSlaClock {
    Objects.requireNonNull(policyId, "policyId");
    Objects.requireNonNull(metricId, "metricId");
    Objects.requireNonNull(metricName, "metricName");
    cycles = List.copyOf(cycles);
  }

  public static StoredSlaClock of(SlaClock clock) {
    return new StoredSlaClock(
        clock.policyId(),
        clock.metricId(),
        clock.metricName(),
        clock.cycles().stream().map(StoredCycle::of).toList(),
        clock.withinCalendarHours());
  }

  public SlaClock toSlaClock(Function<String, BusinessCalendar> calendars) {
    return new SlaClock(
        policyId,
        metricId,
        metricName,
        cycles.stream().map(c -> c.toCycle(calendars)).toList(),
        withinCalendarHours);
  }
}
