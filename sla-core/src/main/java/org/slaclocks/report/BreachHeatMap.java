package org.slaclocks.report;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;

/**
 * Breaches by weekday and hour of the day: each breach of the period (see {@link
 * ComplianceCounts#isBreachIn}) is placed at its breach instant, read in the time zone of the
 * calendar that counted the cycle, so that 09:00 is opening time wherever the team works.
 */
public final class BreachHeatMap {
  private final int[][] counts = new int[7][24];

  private BreachHeatMap() {}

  public static BreachHeatMap of(Iterable<ReportCycle> cycles, Period period) {
    BreachHeatMap map = new BreachHeatMap();
    for (ReportCycle c : cycles) {
      if (ComplianceCounts.isBreachIn(c.cycle(), period) && c.cycle().breachAt() != null) {
        ZonedDateTime at = c.cycle().breachAt().atZone(c.zone());
        map.counts[at.getDayOfWeek().getValue() - 1][at.getHour()]++;
      }
    }
    return map;
  }

  /** The breaches on {@code day} from {@code hour}:00 to the next hour. */
  public int count(DayOfWeek day, int hour) {
    if (hour < 0 || hour > 23) {
      throw new IllegalArgumentException("hour must be from 0 to 23, was " + hour);
    }
    return counts[day.getValue() - 1][hour];
  }

  public int total() {
    int total = 0;
    for (int[] day : counts) {
      for (int n : day) {
        total += n;
      }
    }
    return total;
  }

  /** The largest count of one cell, to scale a chart; 0 when there is no breach. */
  public int max() {
    int max = 0;
    for (int[] day : counts) {
      for (int n : day) {
        max = Math.max(max, n);
      }
    }
    return max;
  }
}
