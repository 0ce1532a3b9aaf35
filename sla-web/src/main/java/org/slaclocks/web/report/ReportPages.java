package org.slaclocks.web.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slaclocks.history.FieldNames;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.policy.SlaPolicy;
import org.slaclocks.report.AboutToBreach;
import org.slaclocks.report.BreachHeatMap;
import org.slaclocks.report.CustomerStatement;
import org.slaclocks.report.Dimension;
import org.slaclocks.report.IssueCycles;
import org.slaclocks.report.Period;
import org.slaclocks.report.ReportScope;
import org.slaclocks.report.ReportSource;
import org.slaclocks.report.WeeklyTrend;
import org.slaclocks.web.ReportHost;
import org.slaclocks.web.host.Viewer;
import org.slaclocks.web.i18n.Messages;

/**
 * The report page, the customer statement, their CSV downloads and the gadgets' bodies, built from
 * a request's parameters ({@link ReportForm}) for the viewer of the request. Figures cover only the
 * projects the viewer may browse (and of those, the filter's issues); the clocks about to breach
 * list only issues the viewer may browse. A viewer who may browse nothing gets a refusal.
 */
public final class ReportPages {
  /** The reports a CSV download may ask for ({@code report} parameter). */
  public static final List<String> CSV_REPORTS =
      List.of("compliance", "trend", "heatmap", "about", "statement");

  /** The gadgets ({@code kind}). */
  public static final List<String> GADGETS = List.of("compliance", "about", "heatmap");

  /** Where the host serves the pages: each a path a query string is appended to. */
  public record Urls(String report, String statement, String csv) {}

  private final ReportHost host;
  private final Urls urls;

  public ReportPages(ReportHost host, Urls urls) {
    this.host = Objects.requireNonNull(host, "host");
    this.urls = Objects.requireNonNull(urls, "urls");
  }

  /** One request: who, what they asked for, what they may see, and its problems. */
  private record Request(
      Viewer viewer,
      Messages messages,
      ReportForm form,
      SlaConfiguration config,
      Map<String, String> browsable,
      ReportScope scope,
      Map<String, String> problems,
      Instant now) {
    boolean allowed() {
      return !viewer.isAnonymous() && !browsable.isEmpty();
    }

    boolean answerable() {
      return allowed() && problems.isEmpty();
    }
  }

  private Request request(Map<String, String[]> parameters) {
    Viewer viewer = host.viewers().current();
    Messages m = Messages.of(viewer.locale());
    Instant now = host.clock().instant();
    LocalDate today = now.atZone(viewer.zone()).toLocalDate();
    ReportForm form = ReportForm.parse(parameters, viewer.zone(), viewer.locale(), today, m);
    Map<String, String> browsable =
        viewer.isAnonymous() ? Map.of() : host.access().projects(viewer);
    Map<String, String> problems = new LinkedHashMap<>(form.problems());
    Set<String> keys = new LinkedHashSet<>();
    for (String p : form.projects()) {
      if (browsable.containsKey(p)) {
        keys.add(p);
      } else {
        // an unknown project and one the viewer may not browse read alike
        problems.put("project", m.text("report.problem.project", p));
      }
    }
    if (form.projects().isEmpty()) {
      keys.addAll(browsable.keySet());
    }
    SlaConfiguration config = host.configuration().get();
    String by = form.by();
    if (by != null && !by.equals("policy")) {
      Set<String> kept = IssueCycles.reportFields(config);
      if (!kept.contains(FieldNames.canonical(by))) {
        // the stored cycles keep only these fields' values
        // the message names priority and policy itself; the list is the policies' fields
        List<String> fields =
            kept.stream().filter(f -> !f.equals(FieldNames.PRIORITY)).sorted().toList();
        problems.put("by", m.text("report.problem.by", by, String.join(", ", fields)));
      }
    }
    Set<Long> ids = null;
    if (form.filter() != null && !browsable.isEmpty()) {
      try {
        ids = host.access().filterIssues(form.filter(), viewer);
      } catch (IllegalArgumentException e) {
        problems.put("filter", m.text("report.problem.filter", e.getMessage()));
      }
    }
    return new Request(
        viewer, m, form, config, browsable, new ReportScope(keys, ids), problems, now);
  }

  /** The report page. */
  public ReportPage page(Map<String, String[]> parameters) {
    Request r = request(parameters);
    Messages m = r.messages();
    ReportForm form = r.form();
    List<ReportViews.Section> sections = new ArrayList<>();
    String summary = "";
    String waiting = "";
    if (r.answerable()) {
      ReportSource source = host.source().get();
      Period period = form.period();
      ReportTables tables = pageTables(r.config(), m, r.viewer());
      String by = form.by();
      Dimension dimension = by == null ? Dimension.NONE : Dimension.parse(by);
      List<String> order = order(r.config());
      var compliance = source.compliance(r.scope(), period, dimension, order);
      sections.add(section(tables.compliance(compliance, by), null, r, compliance.isEmpty()));
      List<WeeklyTrend.Row> trend = source.trend(r.scope(), period, form.zone(), order);
      sections.add(
          section(
              tables.trend(trend),
              ReportCharts.trend(trend, chartLabels(m, form)),
              r,
              trend.stream().allMatch(t -> t.met() + t.breached() == 0)));
      BreachHeatMap heat = source.heatMap(r.scope(), period);
      sections.add(
          section(
              tables.heatMap(heat),
              ReportCharts.heatMap(heat, weekdays(tables), chartLabels(m, form)),
              r,
              heat.total() == 0));
      List<AboutToBreach.Row> about = about(source, r);
      sections.add(section(tables.about(about), null, r, about.isEmpty()));
      summary = summary(r);
      waiting = waiting(m);
    }
    return new ReportPage(
        new ReportLabels(m),
        r.allowed(),
        m.text("report.forbidden"),
        urls.report(),
        urls.statement() + "?" + form.query(),
        form.from().toString(),
        form.to().toString(),
        form.zone().getId(),
        form.filter() == null ? "" : form.filter(),
        Integer.toString(form.limit()),
        projectChoices(r),
        dimensionChoices(r),
        new ReportViews.Problems(r.problems()),
        summary,
        waiting,
        sections);
  }

  /** The customer statement page. */
  public StatementPage statement(Map<String, String[]> parameters) {
    Request r = request(parameters);
    Messages m = r.messages();
    ReportForm form = r.form();
    Messages body = Messages.of(form.language());
    List<SlaPolicy> policies = creditPolicies(r);
    List<ReportViews.Choice> customers = new ArrayList<>();
    List<ReportViews.Statement> statements = new ArrayList<>();
    String empty = "";
    if (r.answerable()) {
      ReportSource source = host.source().get();
      Period period = form.period();
      Set<String> names = new java.util.TreeSet<>();
      for (SlaPolicy policy : policies) {
        names.addAll(source.customers(r.scope(), policy, period));
      }
      if (form.customer() != null) {
        names.add(form.customer());
      }
      names.forEach(n -> customers.add(new ReportViews.Choice(n, n, n.equals(form.customer()))));
      if (policies.isEmpty()) {
        empty = m.text("report.statement.noCredits");
      } else if (form.customer() == null) {
        empty = m.text("report.statement.choose");
      } else {
        ReportTables tables =
            new ReportTables(r.config(), ReportTables.Style.PAGE, body, form.zone());
        boolean anything = false;
        for (SlaPolicy policy : policies) {
          CustomerStatement s = statementOf(source, r, policy);
          anything |= s.metrics().stream().anyMatch(x -> !x.counts().isEmpty());
          statements.add(statementView(s, tables, body));
        }
        if (!anything) {
          empty = body.text("report.statement.nothing", form.customer());
        }
      }
    }
    DateTimeFormatter instant = body.dateTimeFormat("format.instant");
    return new StatementPage(
        new ReportLabels(m),
        new ReportLabels(body),
        r.allowed(),
        m.text("report.forbidden"),
        urls.statement(),
        urls.report() + "?" + form.query(),
        urls.csv() + "?" + form.statementQuery() + "&report=statement",
        form.from().toString(),
        form.to().toString(),
        form.zone().getId(),
        form.customer() == null ? "" : form.customer(),
        customers,
        List.of(
            new ReportViews.Choice("en", "English", form.language().getLanguage().equals("en")),
            new ReportViews.Choice("nl", "Nederlands", form.language().getLanguage().equals("nl"))),
        projectChoices(r),
        new ReportViews.Problems(r.problems()),
        form.customer() == null ? "" : body.text("report.statement.heading", form.customer()),
        body.text("report.statement.period", form.from(), form.to(), form.zone().getId()),
        body.text("report.statement.measured", instant.format(r.now().atZone(form.zone()))),
        statements,
        empty,
        statements.isEmpty() ? "" : waiting(m));
  }

  /** How many issue changes the worker has still to compute, in words; empty when none. */
  private String waiting(Messages m) {
    int changes = host.waiting().getAsInt();
    return changes > 0 ? m.text("report.waiting", changes) : "";
  }

  private CustomerStatement statementOf(ReportSource source, Request r, SlaPolicy policy) {
    CustomerStatement s;
    try {
      s = source.statement(r.scope(), policy, r.form().customer(), r.form().period());
    } catch (IllegalArgumentException e) {
      // a fee missing from the policy: said on the page, as sla report says it
      throw new ReportProblem(e.getMessage());
    }
    return withoutHiddenKeys(s, r);
  }

  /**
   * The statement with the key of each breached issue the viewer may not browse (an issue security
   * level in a project they may browse) replaced by words saying so: the breach still counts, as it
   * does for the customer, but nothing names the issue.
   */
  private CustomerStatement withoutHiddenKeys(CustomerStatement s, Request r) {
    Map<String, Boolean> browsable = new HashMap<>();
    List<CustomerStatement.Breach> shown = new ArrayList<>();
    for (CustomerStatement.Breach b : s.breaches()) {
      boolean may =
          browsable.computeIfAbsent(
              b.issueKey(), key -> host.issues().browsable(key, r.viewer()).isPresent());
      shown.add(
          may
              ? b
              : new CustomerStatement.Breach(
                  r.messages().text("report.statement.hiddenIssue"),
                  b.metricId(),
                  b.goal(),
                  b.breachAt(),
                  b.stop(),
                  b.overrun(),
                  b.priority()));
    }
    return new CustomerStatement(
        s.customer(),
        s.policy(),
        s.period(),
        s.monthlyFee(),
        s.metrics(),
        shown,
        s.credits(),
        s.earned(),
        s.cap(),
        s.credit());
  }

  private ReportViews.Statement statementView(
      CustomerStatement s, ReportTables tables, Messages body) {
    String currency = s.policy().credits().currency();
    String money = currency.isEmpty() ? "" : currency + " ";
    return new ReportViews.Statement(
        s.policy().name(),
        body.text("report.statement.policy", s.policy().name()),
        s.monthlyFee() == null
            ? ""
            : body.text("report.statement.fee", money + s.monthlyFee().toPlainString()),
        TableView.of(tables.statementMetrics(s)),
        TableView.of(tables.statementBreaches(s)),
        TableView.of(tables.statementCredits(s)),
        body.text("report.statement.credit", money + s.credit().toPlainString()));
  }

  /**
   * One report as CSV ({@code report}: one of {@link #CSV_REPORTS}), the columns of {@code sla
   * report --format csv}.
   *
   * @throws ReportProblem when the request cannot be answered (its message says why)
   */
  public ReportViews.Download csv(Map<String, String[]> parameters) {
    Request r = request(parameters);
    String[] asked = parameters.get("report");
    String report = asked == null || asked.length == 0 ? null : asked[0];
    if (!r.allowed()) {
      throw new ReportProblem(r.messages().text("report.forbidden"), true);
    }
    if (report == null || !CSV_REPORTS.contains(report)) {
      throw new ReportProblem(
          r.messages()
              .text(
                  "report.problem.report", String.valueOf(report), String.join(", ", CSV_REPORTS)));
    }
    if (!r.problems().isEmpty()) {
      throw new ReportProblem(String.join(" ", r.problems().values()));
    }
    ReportForm form = r.form();
    ReportSource source = host.source().get();
    Period period = form.period();
    ReportTables machine = ReportTables.of(r.config(), true);
    List<String> order = order(r.config());
    String name = "sla-" + report + "-" + form.from() + "-" + form.to() + ".csv";
    String text =
        switch (report) {
          case "compliance" -> {
            Dimension dimension = form.by() == null ? Dimension.NONE : Dimension.parse(form.by());
            yield ReportCsv.of(
                machine.compliance(
                    source.compliance(r.scope(), period, dimension, order), form.by()));
          }
          case "trend" ->
              ReportCsv.of(machine.trend(source.trend(r.scope(), period, form.zone(), order)));
          case "heatmap" -> ReportCsv.of(machine.heatMap(source.heatMap(r.scope(), period)));
          case "about" -> ReportCsv.of(machine.about(about(source, r)));
          default -> {
            if (form.customer() == null) {
              throw new ReportProblem(r.messages().text("report.statement.choose"));
            }
            List<CustomerStatement> statements = new ArrayList<>();
            for (SlaPolicy policy : creditPolicies(r)) {
              statements.add(statementOf(source, r, policy));
            }
            yield ReportCsv.statements(statements, machine);
          }
        };
    return new ReportViews.Download(name, text);
  }

  /**
   * A gadget's body ({@code kind}: one of {@link #GADGETS}) over the projects or filter of its
   * configuration (the same parameters as the report page's; the period is the last 30 days).
   */
  public ReportViews.Gadget gadget(String kind, Map<String, String[]> parameters) {
    Map<String, String[]> withPeriod = new LinkedHashMap<>(parameters);
    Instant now = host.clock().instant();
    Viewer viewer = host.viewers().current();
    LocalDate today = now.atZone(viewer.zone()).toLocalDate();
    withPeriod.putIfAbsent("from", new String[] {today.minusDays(29).toString()});
    withPeriod.putIfAbsent("to", new String[] {today.toString()});
    withPeriod.putIfAbsent("limit", new String[] {"10"});
    Request r = request(withPeriod);
    Messages m = r.messages();
    String title = m.text("report.gadget." + (GADGETS.contains(kind) ? kind : "unknown"));
    String reportUrl = urls.report() + "?" + r.form().query();
    if (!GADGETS.contains(kind)) {
      return new ReportViews.Gadget(
          kind, title, "", title, null, null, reportUrl, m.text("report.label.open"));
    }
    if (!r.allowed()) {
      return new ReportViews.Gadget(
          kind,
          title,
          "",
          m.text("report.forbidden"),
          null,
          null,
          reportUrl,
          m.text("report.label.open"));
    }
    if (!r.problems().isEmpty()) {
      return new ReportViews.Gadget(
          kind,
          title,
          "",
          String.join(" ", r.problems().values()),
          null,
          null,
          reportUrl,
          m.text("report.label.open"));
    }
    ReportSource source = host.source().get();
    ReportTables tables = pageTables(r.config(), m, r.viewer());
    Period period = r.form().period();
    // what the figures cover, and what they do not yet (changes the worker has still to count)
    String waiting = waiting(m);
    String subtitle = waiting.isEmpty() ? summary(r) : summary(r) + " " + waiting;
    return switch (kind) {
      case "compliance" -> {
        ReportTable t =
            tables.compliance(
                source.compliance(r.scope(), period, Dimension.NONE, order(r.config())), null);
        yield new ReportViews.Gadget(
            kind,
            title,
            subtitle,
            "",
            null,
            TableView.of(t),
            reportUrl,
            m.text("report.label.open"));
      }
      case "about" ->
          new ReportViews.Gadget(
              kind,
              title,
              subtitle,
              "",
              null,
              TableView.of(tables.about(about(source, r))),
              reportUrl,
              m.text("report.label.open"));
      default -> {
        BreachHeatMap heat = source.heatMap(r.scope(), period);
        yield new ReportViews.Gadget(
            kind,
            title,
            subtitle,
            "",
            ReportCharts.heatMap(heat, weekdays(tables), chartLabels(m, r.form())),
            TableView.of(tables.heatMap(heat)),
            reportUrl,
            m.text("report.label.open"));
      }
    };
  }

  /** A gadget's configuration form, filled with its current parameters. */
  public ReportViews.GadgetForm gadgetForm(String kind, Map<String, String[]> parameters) {
    Request r = request(parameters);
    Messages m = r.messages();
    return new ReportViews.GadgetForm(
        GADGETS.contains(kind) ? kind : "compliance",
        m.text("report.gadget." + (GADGETS.contains(kind) ? kind : "unknown")),
        new ReportLabels(m),
        projectChoices(r),
        r.form().filter() == null ? "" : r.form().filter());
  }

  /**
   * The running clocks about to breach, of issues the viewer may browse (an issue security level
   * can hide an issue of a project they may browse): asks for more until enough are seen.
   */
  private List<AboutToBreach.Row> about(ReportSource source, Request r) {
    int limit = r.form().limit();
    int ask = limit;
    while (true) {
      List<AboutToBreach.Row> rows = source.aboutToBreach(r.scope(), r.now(), ask);
      List<AboutToBreach.Row> seen = new ArrayList<>();
      for (AboutToBreach.Row row : rows) {
        if (host.issues().browsable(row.issueKey(), r.viewer()).isPresent()) {
          seen.add(row);
        }
      }
      if (seen.size() >= limit || rows.size() < ask || ask >= 100 * limit) {
        return seen.size() > limit ? seen.subList(0, limit) : seen;
      }
      ask *= 4;
    }
  }

  private ReportViews.Section section(
      ReportTable table, ReportCharts.Chart chart, Request r, boolean empty) {
    String csv = urls.csv() + "?" + r.form().query() + "&report=" + table.id();
    return new ReportViews.Section(
        table.id(), table.title(), chart, TableView.of(table), csv, empty);
  }

  private static ReportTables pageTables(SlaConfiguration config, Messages m, Viewer viewer) {
    return new ReportTables(config, ReportTables.Style.PAGE, m, viewer.zone());
  }

  private static List<String> weekdays(ReportTables tables) {
    List<String> out = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      out.add(tables.weekday(day));
    }
    return out;
  }

  private static ReportCharts.Labels chartLabels(Messages m, ReportForm form) {
    return new ReportCharts.Labels(
        m.text("report.chart.trend.title"),
        m.text("report.chart.trend.description", form.zone().getId()),
        m.text("report.chart.met"),
        m.text("report.chart.breached"),
        m.text("report.chart.heat.title"),
        m.text("report.chart.heat.description"),
        m.text("report.chart.heat.cell"));
  }

  private String summary(Request r) {
    ReportForm form = r.form();
    String projects = String.join(", ", r.scope().projectKeys().stream().sorted().toList());
    String text =
        r.messages().text("report.summary", form.from(), form.to(), form.zone().getId(), projects);
    return form.filter() == null
        ? text
        : text + " " + r.messages().text("report.summary.filter", form.filter());
  }

  private static List<String> order(SlaConfiguration config) {
    List<String> order = new ArrayList<>();
    config.policies().forEach(p -> p.metrics().forEach(x -> order.add(p.id() + "/" + x.id())));
    return order;
  }

  private static List<SlaPolicy> creditPolicies(Request r) {
    return r.config().policies().stream()
        .filter(p -> !p.credits().isEmpty())
        .filter(p -> r.form().policy() == null || p.id().equals(r.form().policy()))
        .toList();
  }

  private static List<ReportViews.Choice> projectChoices(Request r) {
    List<ReportViews.Choice> out = new ArrayList<>();
    r.browsable()
        .forEach(
            (key, name) ->
                out.add(
                    new ReportViews.Choice(
                        key,
                        name.equals(key) ? key : name + " (" + key + ")",
                        r.form().projects().contains(key))));
    return out;
  }

  private static List<ReportViews.Choice> dimensionChoices(Request r) {
    Messages m = r.messages();
    String by = r.form().by() == null ? "" : r.form().by();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("", m.text("report.by.none"));
    values.put("priority", m.text("report.by.priority"));
    values.put("policy", m.text("report.by.policy"));
    for (SlaPolicy p : r.config().policies()) {
      if (!p.credits().isEmpty()) {
        values.putIfAbsent(p.credits().customerField(), p.credits().customerField());
      }
    }
    // every other field the stored cycles keep (scope and goal fields)
    for (String field : IssueCycles.reportFields(r.config())) {
      if (!field.equals(FieldNames.PRIORITY)
          && values.keySet().stream().noneMatch(v -> FieldNames.canonical(v).equals(field))) {
        values.put(field, field);
      }
    }
    values.putIfAbsent(by, by);
    List<ReportViews.Choice> out = new ArrayList<>();
    values.forEach(
        (value, label) -> out.add(new ReportViews.Choice(value, label, value.equals(by))));
    return out;
  }

  /** A request a download or a statement cannot answer, with the reason in the viewer's words. */
  public static final class ReportProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean forbidden;

    public ReportProblem(String message) {
      this(message, false);
    }

    public ReportProblem(String message, boolean forbidden) {
      super(message);
      this.forbidden = forbidden;
    }

    /** Whether the viewer may not see reports at all (403), rather than asked amiss (400). */
    public boolean isForbidden() {
      return forbidden;
    }
  }
}
