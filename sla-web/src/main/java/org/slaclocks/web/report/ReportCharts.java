package org.slaclocks.web.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slaclocks.report.BreachHeatMap;
import org.slaclocks.report.WeeklyTrend;

/**
 * The two charts, drawn here as plain SVG shapes (no chart library): the weekly trend as bars and
 * the heat map as a grid. A chart is only geometry and words; the template writes the SVG, escaping
 * every word. Each chart has a title and a description for screen readers, a {@code title} on every
 * mark, and is always shown beside the table of its figures.
 */
public final class ReportCharts {
  /** The texts the charts need, in the reader's language. */
  public record Labels(
      String trendTitle,
      String trendDescription,
      String met,
      String breached,
      String heatTitle,
      String heatDescription,
      String cellPattern) {}

  /** A chart: its size, its marks and its axis words. */
  public record Chart(
      String id,
      String title,
      String description,
      int width,
      int height,
      List<Mark> marks,
      List<Label> labels) {
    public Chart {
      marks = List.copyOf(marks);
      labels = List.copyOf(labels);
    }
  }

  /** A rectangle with its colour and what it stands for ({@code title}, read on hover). */
  public record Mark(int x, int y, int width, int height, String fill, String title) {}

  /** A word on the chart (an axis value, a legend); screen readers read the title and table. */
  public record Label(int x, int y, String anchor, String text) {}

  static final String MET = "#36b37e";
  static final String BREACHED = "#de350b";
  static final String NONE = "#f4f5f7";

  private ReportCharts() {}

  /**
   * Met and breached cycles per week (every metric together) as bars, met below breached, in the
   * order of the trend's weeks.
   */
  public static Chart trend(List<WeeklyTrend.Row> rows, Labels words) {
    Map<LocalDate, int[]> weeks = new TreeMap<>();
    Map<LocalDate, String> names = new TreeMap<>();
    for (WeeklyTrend.Row row : rows) {
      int[] w = weeks.computeIfAbsent(row.monday(), d -> new int[2]);
      w[0] += row.met();
      w[1] += row.breached();
      names.put(row.monday(), row.week());
    }
    int max = 1;
    for (int[] w : weeks.values()) {
      max = Math.max(max, w[0] + w[1]);
    }
    int bar = 28;
    int gap = 10;
    int left = 40;
    int top = 10;
    int height = 160;
    int base = top + height;
    int width = Math.max(220, left + Math.max(1, weeks.size()) * (bar + gap) + 10);
    List<Mark> marks = new ArrayList<>();
    List<Label> labels = new ArrayList<>();
    marks.add(new Mark(left - 4, base, width - left - 1, 1, "#6b778c", ""));
    labels.add(new Label(left - 8, base + 4, "end", "0"));
    labels.add(new Label(left - 8, top + 8, "end", Integer.toString(max)));
    int x = left + gap / 2;
    for (Map.Entry<LocalDate, int[]> week : weeks.entrySet()) {
      int met = week.getValue()[0];
      int breached = week.getValue()[1];
      int hMet = height * met / max;
      int hBreached = height * breached / max;
      String name = names.get(week.getKey());
      marks.add(new Mark(x, base - hMet, bar, hMet, MET, name + ": " + words.met() + " " + met));
      marks.add(
          new Mark(
              x,
              base - hMet - hBreached,
              bar,
              hBreached,
              BREACHED,
              name + ": " + words.breached() + " " + breached));
      labels.add(new Label(x + bar / 2, base + 14, "middle", name.substring(name.indexOf('W'))));
      x += bar + gap;
    }
    marks.add(new Mark(left, base + 24, 10, 10, MET, words.met()));
    labels.add(new Label(left + 14, base + 33, "start", words.met()));
    marks.add(new Mark(left + 90, base + 24, 10, 10, BREACHED, words.breached()));
    labels.add(new Label(left + 104, base + 33, "start", words.breached()));
    return new Chart(
        "trend", words.trendTitle(), words.trendDescription(), width, base + 40, marks, labels);
  }

  /** The heat map as a grid: a row per weekday, a column per hour, darker for more breaches. */
  public static Chart heatMap(BreachHeatMap map, List<String> weekdays, Labels words) {
    int cell = 22;
    int left = 44;
    int top = 20;
    List<Mark> marks = new ArrayList<>();
    List<Label> labels = new ArrayList<>();
    for (int hour = 0; hour < 24; hour += 3) {
      labels.add(
          new Label(left + hour * cell + cell / 2, top - 6, "middle", String.format("%02d", hour)));
    }
    int max = map.max();
    DayOfWeek[] days = DayOfWeek.values();
    for (int d = 0; d < 7; d++) {
      labels.add(new Label(left - 6, top + d * cell + cell / 2 + 4, "end", weekdays.get(d)));
      for (int hour = 0; hour < 24; hour++) {
        int count = map.count(days[d], hour);
        String title =
            words
                .cellPattern()
                .replace("{0}", weekdays.get(d))
                .replace("{1}", String.format("%02d:00", hour))
                .replace("{2}", Integer.toString(count));
        marks.add(
            new Mark(
                left + hour * cell,
                top + d * cell,
                cell - 2,
                cell - 2,
                count == 0 ? NONE : shade(count, max),
                title));
      }
    }
    return new Chart(
        "heatmap",
        words.heatTitle(),
        words.heatDescription(),
        left + 24 * cell + 4,
        top + 7 * cell + 4,
        marks,
        labels);
  }

  /** White for none, deep red for the busiest cell: a heat map cell's and a shaded table's. */
  public static String shade(int count, int max) {
    if (count <= 0 || max <= 0) {
      return "";
    }
    int light = 92 - 50 * count / max;
    return "hsl(0,80%," + light + "%)";
  }
}
