package org.slaclocks.web.report;

import java.util.List;

/**
 * The report page ({@code report.vm}): the form (period, projects, filter, breakdown), then the
 * compliance table, the weekly trend and the heat map each as a chart and a table, and the clocks
 * about to breach, each downloadable as CSV. With {@code allowed} false only {@code refusal} is
 * shown; with problems, the form and its problems, no figures. {@code waiting} says how many issue
 * changes the figures do not include yet (empty when none wait).
 */
public record ReportPage(
    ReportLabels labels,
    boolean allowed,
    String refusal,
    String action,
    String statementUrl,
    String from,
    String to,
    String zone,
    String filter,
    String limit,
    List<ReportViews.Choice> projects,
    List<ReportViews.Choice> dimensions,
    ReportViews.Problems problems,
    String summary,
    String waiting,
    List<ReportViews.Section> sections) {
  public ReportPage {
    projects = List.copyOf(projects);
    dimensions = List.copyOf(dimensions);
    sections = List.copyOf(sections);
  }
}
