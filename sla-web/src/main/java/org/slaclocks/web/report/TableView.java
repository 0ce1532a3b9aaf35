package org.slaclocks.web.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link ReportTable} as a template writes it: the first cell of each row heads it; a shaded
 * table's number cells carry their background (the heat map as a table reads like the chart).
 */
public record TableView(String id, String title, List<String> header, List<Row> rows) {
  /** One row: its heading cell and the others. */
  public record Row(String head, List<Cell> cells) {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  /**
   * A cell's text, its background colour (empty for none) and whether it is a number (a count, an
   * amount, a percentage), which reads right-aligned.
   */
  public record Cell(String text, String background, boolean numeric) {
    public boolean hasBackground() {
      return !background.isEmpty();
    }
  }

  public TableView {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  public static TableView of(ReportTable table) {
    int max = 0;
    if (table.shaded()) {
      for (List<String> row : table.rows()) {
        for (int i = 1; i < row.size(); i++) {
          max = Math.max(max, Integer.parseInt(row.get(i)));
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    for (List<String> row : table.rows()) {
      List<Cell> cells = new ArrayList<>();
      for (int i = 1; i < row.size(); i++) {
        String text = row.get(i);
        cells.add(
            new Cell(
                text,
                table.shaded() ? ReportCharts.shade(Integer.parseInt(text), max) : "",
                text.matches("-?[0-9][0-9.,]*%?|-")));
      }
      rows.add(new Row(row.isEmpty() ? "" : row.get(0), cells));
    }
    return new TableView(table.id(), table.title(), table.header(), rows);
  }
}
