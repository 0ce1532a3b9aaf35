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

  /**
   * A map of counts already made (a store's grouped count): {@code counts[day - 1][hour]}, day 1
   * Monday to 7 Sunday.
   */
  public static BreachHeatMap ofCounts(int[][] counts) {
    if (counts.length != 7) {
      throw new IllegalArgumentException("counts must have 7 days, had " + counts.length);
    }
    BreachHeatMap map = new BreachHeatMap();
    for (int day = 0; day < 7; day++) {
      if (counts[day].length != 24) {
        throw new IllegalArgumentException(
            "counts must have 24 hours a day, day " + (day + 1) + " had " + counts[day].length);
      }
      for (int hour = 0; hour < 24; hour++) {
        if (counts[day][hour] < 0) {
          throw new IllegalArgumentException("counts must not be negative");
        }
        map.counts[day][hour] = counts[day][hour];
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
