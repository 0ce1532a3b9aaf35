package org.slaclocks.web.report;

import java.util.List;

/**
 * The customer statement page ({@code statement.vm}): the form (customer, period, language,
 * projects) in the viewer's language, then, in the statement's language ({@code body}), each policy
 * with credits: goals and results, every breach with its overrun, the service credits. Made to
 * print: the form and the host's chrome are hidden by the print style. {@code waiting} (in the
 * viewer's language, empty when none) says how many issue changes the worker has still to compute:
 * a statement is about money, and one printed before they are counted would be wrong.
 */
public record StatementPage(
    ReportLabels labels,
    ReportLabels body,
    boolean allowed,
    String refusal,
    String action,
    String reportUrl,
    String csvUrl,
    String from,
    String to,
    String zone,
    String customer,
    List<ReportViews.Choice> customers,
    List<ReportViews.Choice> languages,
    List<ReportViews.Choice> projects,
    ReportViews.Problems problems,
    String heading,
    String period,
    String measuredAt,
    List<ReportViews.Statement> statements,
    String empty,
    String waiting) {
  public StatementPage {
    customers = List.copyOf(customers);
    languages = List.copyOf(languages);
    projects = List.copyOf(projects);
    statements = List.copyOf(statements);
  }

  public boolean hasStatements() {
    return !statements.isEmpty();
  }
}
