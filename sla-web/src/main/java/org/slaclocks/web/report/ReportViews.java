package org.slaclocks.web.report;

import java.util.List;
import java.util.Map;

/** The records the report templates read (Velocity calls their accessors). */
public final class ReportViews {
  private ReportViews() {}

  /** One option of a select or a checkbox list. */
  public record Choice(String value, String label, boolean selected) {}

  /**
   * One report on a page: the chart (SVG, empty when the report has none), the table of its figures
   * (always; the chart's accessible twin), and where to download it as CSV.
   */
  public record Section(
      String id,
      String title,
      ReportCharts.Chart chart,
      TableView table,
      String csvUrl,
      boolean empty) {
    public boolean hasChart() {
      return chart != null;
    }
  }

  /** One policy's statement for the customer. */
  public record Statement(
      String policyName,
      String title,
      String fee,
      TableView metrics,
      TableView breaches,
      TableView credits,
      String credit) {}

  /** The problems of a form, by parameter; {@code of("")} is empty when there is none. */
  public record Problems(Map<String, String> byField) {
    public Problems {
      byField = Map.copyOf(byField);
    }

    public String of(String field) {
      return byField.getOrDefault(field, "");
    }

    public boolean any() {
      return !byField.isEmpty();
    }

    public List<String> all() {
      return List.copyOf(byField.values());
    }
  }

  /**
   * A dashboard gadget's body: one report (compliance, about to breach, heat map) over the projects
   * or filter it was configured with, or {@code message} when it cannot be shown.
   */
  public record Gadget(
      String kind,
      String title,
      String subtitle,
      String message,
      ReportCharts.Chart chart,
      TableView table,
      String reportUrl,
      String linkText) {
    public boolean hasChart() {
      return chart != null;
    }

    public boolean hasMessage() {
      return !message.isEmpty();
    }
  }

  /**
   * A gadget's configuration form (the dashboard's edit view): the projects it may cover (none
   * ticked: all the viewer may browse) and a filter. The dashboard's script saves what is chosen as
   * the gadget's preferences, which come back as the gadget's parameters.
   */
  public record GadgetForm(
      String kind, String title, ReportLabels labels, List<Choice> projects, String filter) {
    public GadgetForm {
      projects = List.copyOf(projects);
    }
  }

  /** A file to download: its name and its text. */
  public record Download(String fileName, String text) {}
}
