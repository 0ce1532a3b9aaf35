package org.slaclocks.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Met and breached cycles per ISO week (Monday to Sunday in a given zone) and metric, over a
 * period: a cycle goes to the week its outcome became known in (its stop, or the breach instant of
 * an open cycle already late). Every week the period touches is listed, empty ones too, so a chart
 * shows the gaps.
 */
public final class WeeklyTrend {
  private static final Instant EARLIEST = Instant.ofEpochSecond(-300_000_000_000L);
  private static final Instant LATEST = Instant.ofEpochSecond(300_000_000_000L);

  private WeeklyTrend() {}

  /** One week of one metric; {@code week} is the ISO week's name, {@code 2026-W10}. */
  public record Row(
      String week, LocalDate monday, String policyId, String metricId, int met, int breached) {
    public Double compliancePercent() {
      int decided = met + breached;
      return decided == 0 ? null : Math.round(1000.0 * met / decided) / 10.0;
    }
  }

  /**
   * The rows, week by week, and within a week in the order of {@code metrics} ({@code policyId +
   * "/" + metricId}); metrics not listed but with cycles come after them.
   */
  public static List<Row> of(
      Iterable<ReportCycle> cycles, Period period, ZoneId zone, List<String> metrics) {
    TreeMap<LocalDate, Map<String, int[]>> weeks = new TreeMap<>();
    LocalDate first = monday(period.startInclusive(), zone);
    LocalDate last = monday(period.endExclusive().minusNanos(1), zone);
    if (first != null && last != null && !first.isAfter(last)) {
      for (LocalDate w = first; !w.isAfter(last); w = w.plusWeeks(1)) {
        weeks.put(w, newWeek(metrics));
      }
    }
    for (ReportCycle c : cycles) {
      Instant decided;
      boolean met;
      if (c.cycle().isOpen()) {
        decided = c.cycle().breachAt();
        met = false;
      } else {
        decided = c.cycle().stop();
        met = !c.cycle().isBreached();
      }
      if (!period.contains(decided)) {
        continue;
      }
      int[] counts =
          weeks
              .computeIfAbsent(monday(decided, zone), w -> newWeek(metrics))
              .computeIfAbsent(c.policyId() + "/" + c.metricId(), m -> new int[2]);
      counts[met ? 0 : 1]++;
    }
    List<Row> rows = new ArrayList<>();
    weeks.forEach(
        (monday, perMetric) ->
            perMetric.forEach(
                (metric, counts) -> {
                  int slash = metric.indexOf('/');
                  rows.add(
                      new Row(
                          name(monday),
                          monday,
                          metric.substring(0, slash),
                          metric.substring(slash + 1),
                          counts[0],
                          counts[1]));
                }));
    return rows;
  }

  /** The ISO name of the week starting on {@code monday}: {@code 2026-W01}. */
  public static String name(LocalDate monday) {
    return String.format(
        "%d-W%02d",
        monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static Map<String, int[]> newWeek(List<String> metrics) {
    Map<String, int[]> week = new LinkedHashMap<>();
    metrics.forEach(m -> week.put(m, new int[2]));
    return week;
  }

  /** The Monday of the instant's week in the zone; null for the open ends of {@link Period#ALL}. */
  private static LocalDate monday(Instant instant, ZoneId zone) {
    if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
      return null;
    }
    return instant
        .atZone(zone)
        .toLocalDate()
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
