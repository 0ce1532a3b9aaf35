package org.slaclocks.cli.replay;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.slaclocks.web.report.ReportTable;

/**
 * {@code sla report} as one HTML page, a file to keep or mail without a server: the report pages'
 * tables ({@link org.slaclocks.web.report.ReportTables}) written out plainly; every value escaped
 * (names come from policy files and exports), every chart a table (the heat map's cells shaded by
 * their count), so it reads with a screen reader and prints as it shows.
 */
final class ReportHtml {
  private ReportHtml() {}

  static void start(String title, PrintWriter out) {
    out.println("<!DOCTYPE html>");
    out.println("<html lang=\"en\"><head><meta charset=\"utf-8\">");
    out.println("<title>" + escape(title) + "</title>");
    out.println(
        "<style>body{font-family:sans-serif}table{border-collapse:collapse;margin-bottom:1.5em}"
            + "th,td{border:1px solid #ccc;padding:2px 6px;text-align:right}"
            + "th:first-child,td:first-child{text-align:left}</style>");
    out.println("</head><body>");
    out.println("<h1>" + escape(title) + "</h1>");
  }

  static void end(PrintWriter out) {
    out.println("</body></html>");
  }

  static void table(ReportTable table, PrintWriter out) {
    int max = 0;
    if (table.shaded()) {
      for (List<String> row : table.rows()) {
        for (int i = 1; i < row.size(); i++) {
          max = Math.max(max, Integer.parseInt(row.get(i)));
        }
      }
    }
    out.println("<table>");
    out.println("<caption>" + escape(table.title()) + "</caption>");
    out.println(
        "<thead><tr>"
            + table.header().stream()
                .map(h -> "<th scope=\"col\">" + escape(h) + "</th>")
                .collect(Collectors.joining())
            + "</tr></thead>");
    out.println("<tbody>");
    for (List<String> row : table.rows()) {
      StringBuilder b = new StringBuilder("<tr>");
      for (int i = 0; i < row.size(); i++) {
        if (i == 0) {
          b.append("<th scope=\"row\">").append(escape(row.get(i))).append("</th>");
        } else if (table.shaded() && max > 0) {
          int count = Integer.parseInt(row.get(i));
          // white for none, deep red for the busiest hour
          int light = 100 - 55 * count / max;
          b.append("<td style=\"background:hsl(0,80%,")
              .append(light)
              .append("%)\">")
              .append(escape(row.get(i)))
              .append("</td>");
        } else {
          b.append("<td>").append(escape(row.get(i))).append("</td>");
        }
      }
      out.println(b.append("</tr>"));
    }
    out.println("</tbody></table>");
  }

  /** Text as HTML: every character that could start markup or end an attribute escaped. */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
