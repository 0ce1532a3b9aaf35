package org.slaclocks.web.view;

import java.util.List;
import java.util.Map;
import org.slaclocks.web.host.TemplateRenderer;
import org.slaclocks.web.report.ReportCharts;
import org.slaclocks.web.report.ReportLabels;
import org.slaclocks.web.report.ReportPage;
import org.slaclocks.web.report.ReportViews;
import org.slaclocks.web.report.StatementPage;
import org.slaclocks.web.report.TableView;

/**
 * The web layer's templates, scripts and styles (classpath paths), and the view classes templates
 * may call. A host's allowlist (Jira's {@code velocity-allowlist}) lists the public methods of
 * {@link #VIEW_TYPES}; the context of each template holds the objects of {@link #CONTEXT_TYPES}.
 */
public final class Templates {
  /** The countdown field on the issue view; context {@code $countdown}. */
  public static final String COUNTDOWN = "web/templates/countdown.vm";

  /**
   * A navigator cell; context {@code $placeholder} (the page renders it, the script fetches the
   * value) or {@code $countdown} (the batched REST answer).
   */
  public static final String COUNTDOWN_COLUMN = "web/templates/countdown-column.vm";

  /** The machine values of a countdown for XML exports; context {@code $countdown}. */
  public static final String COUNTDOWN_XML = "web/templates/countdown-xml.vm";

  /** The SLA panel of an issue; context {@code $panel}. */
  public static final String PANEL = "web/templates/panel.vm";

  /** The administration page's body (the host wraps it in its own page). */
  public static final String ADMIN = "web/templates/admin.vm";

  /**
   * The report page's body (context {@code $report}), a customer statement's ({@code $statement})
   * and a dashboard gadget's ({@code $gadget}): one file, so its table and chart macros are one.
   */
  public static final String REPORTS = "web/templates/reports.vm";

  /** The e-mail of a reminder or escalation, text and HTML; context {@code $mail}. */
  public static final String MAIL_TEXT = AlertMail.TEXT;

  public static final String MAIL_HTML = AlertMail.HTML;

  public static final List<String> ALL =
      List.of(
          COUNTDOWN, COUNTDOWN_COLUMN, COUNTDOWN_XML, PANEL, ADMIN, MAIL_TEXT, MAIL_HTML, REPORTS);

  /** The script of the countdowns, the navigator column and the panel (no build step). */
  public static final String SCRIPT = "web/js/sla-clocks.js";

  public static final String STYLE = "web/css/sla-clocks.css";

  /** The style of the report and statement pages and the gadgets (print style included). */
  public static final String REPORT_STYLE = "web/css/sla-reports.css";

  /** The administration page's script. */
  public static final String ADMIN_SCRIPT = "web/js/sla-admin.js";

  /** The i18n bundle base name (English and Dutch). */
  public static final String I18N = "web/i18n/messages";

  /** Context names the templates read, and the class of each. */
  public static final Map<String, Class<?>> CONTEXT_TYPES =
      Map.of(
          "countdown", CountdownView.class,
          "placeholder", CountdownPlaceholder.class,
          "panel", PanelView.class,
          "slaField", CountdownField.class,
          "admin", AdminPage.class,
          "mail", AlertMailView.class,
          "report", ReportPage.class,
          "statement", StatementPage.class,
          "gadget", ReportViews.Gadget.class,
          "gadgetForm", ReportViews.GadgetForm.class);

  /** Every class whose methods a template calls (the context types and what they return). */
  public static final List<Class<?>> VIEW_TYPES =
      List.of(
          CountdownField.class,
          CountdownView.class,
          CountdownPlaceholder.class,
          PanelView.class,
          PanelView.Labels.class,
          MetricView.class,
          CycleView.class,
          TimelineEntryView.class,
          FiringView.class,
          AdminPage.class,
          ReportPage.class,
          StatementPage.class,
          ReportLabels.class,
          ReportViews.Choice.class,
          ReportViews.Section.class,
          ReportViews.Statement.class,
          ReportViews.Problems.class,
          ReportViews.Gadget.class,
          ReportViews.GadgetForm.class,
          TableView.class,
          TableView.Row.class,
          TableView.Cell.class,
          ReportCharts.Chart.class,
          ReportCharts.Mark.class,
          ReportCharts.Label.class,
          AlertMailView.class);

  private Templates() {}

  public static String countdown(TemplateRenderer renderer, CountdownView countdown) {
    return renderer.render(COUNTDOWN, Map.of("countdown", countdown));
  }

  public static String countdownCell(TemplateRenderer renderer, CountdownView countdown) {
    return renderer.render(COUNTDOWN_COLUMN, Map.of("countdown", countdown));
  }

  public static String placeholderCell(
      TemplateRenderer renderer, CountdownPlaceholder placeholder) {
    return renderer.render(COUNTDOWN_COLUMN, Map.of("placeholder", placeholder));
  }

  public static String countdownXml(TemplateRenderer renderer, CountdownView countdown) {
    return renderer.render(COUNTDOWN_XML, Map.of("countdown", countdown));
  }

  public static String admin(TemplateRenderer renderer, AdminPage admin) {
    return renderer.render(ADMIN, Map.of("admin", admin));
  }

  public static String report(TemplateRenderer renderer, ReportPage report) {
    return renderer.render(REPORTS, Map.of("report", report));
  }

  public static String statement(TemplateRenderer renderer, StatementPage statement) {
    return renderer.render(REPORTS, Map.of("statement", statement));
  }

  public static String gadget(TemplateRenderer renderer, ReportViews.Gadget gadget) {
    return renderer.render(REPORTS, Map.of("gadget", gadget));
  }

  public static String gadgetForm(TemplateRenderer renderer, ReportViews.GadgetForm form) {
    return renderer.render(REPORTS, Map.of("gadgetForm", form));
  }

  public static String panel(TemplateRenderer renderer, PanelView panel) {
    return renderer.render(PANEL, Map.of("panel", panel));
  }
}
