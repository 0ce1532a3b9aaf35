package org.slaclocks.web.report;

import java.util.List;
import java.util.Objects;

/**
 * A titled table of texts: {@code id} names the report ({@code compliance}, {@code trend}, {@code
 * heatmap}, {@code about}, ...), as the CSV download and the pages' test hooks do. A {@code shaded}
 * table is a chart's data (the heat map), its numeric cells shaded by their count in HTML.
 */
public record ReportTable(
    String id, String title, List<String> header, List<List<String>> rows, boolean shaded) {
  public ReportTable {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
  }
}
