package org.slaclocks.jira.search;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.web.bean.PagerFilter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.jira.tracking.IssueHistories;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.policy.SlaPolicy;
import org.slaclocks.report.AboutToBreach;
import org.slaclocks.report.BreachHeatMap;
import org.slaclocks.report.ComplianceReport;
import org.slaclocks.report.CustomerStatement;
import org.slaclocks.report.Dimension;
import org.slaclocks.report.IssueCycles;
import org.slaclocks.report.MemoryReportSource;
import org.slaclocks.report.Period;
import org.slaclocks.report.ReportCycle;
import org.slaclocks.report.ReportScope;
import org.slaclocks.report.ReportSource;
import org.slaclocks.report.WeeklyTrend;
import org.slaclocks.tracking.ClockRepository;
import org.slaclocks.tracking.IssueClocks;

/**
 * The reports' answers in Jira until the cycles are kept as rows: for one request, the stored
 * clocks of the issues in scope (a project's issues found by Jira's search, security overridden:
 * the scope already holds only what the viewer may see) made into report cycles as {@code sla
 * report} makes them, each with its issue's fields at the cycle's start read from the issue's
 * history. Every question of one request over the same scope reads them once. It reads every issue
 * of the scope, so it suits instances of thousands of issues; a store of cycle rows answers the
 * same port with SQL aggregates.
 */
public final class JiraReportCycles implements Supplier<ReportSource> {
  static final int PAGE = 500;

  private final SearchService search;
  private final ClockRepository clocks;
  private final IssueHistories histories;
  private final Supplier<SlaConfiguration> configuration;
  private final Clock clock;

  public JiraReportCycles(
      SearchService search,
      ClockRepository clocks,
      IssueHistories histories,
      Supplier<SlaConfiguration> configuration,
      Clock clock) {
    this.search = Objects.requireNonNull(search, "search");
    this.clocks = Objects.requireNonNull(clocks, "clocks");
    this.histories = Objects.requireNonNull(histories, "histories");
    this.configuration = Objects.requireNonNull(configuration, "configuration");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A source for one request: the cycles of each scope read once, at the request's now. */
  @Override
  public ReportSource get() {
    return new OneRequest(configuration.get(), clock.instant());
  }

  private final class OneRequest implements ReportSource {
    private final SlaConfiguration config;
    private final Instant now;
    private final Map<ReportScope, MemoryReportSource> read = new HashMap<>();

    OneRequest(SlaConfiguration config, Instant now) {
      this.config = config;
      this.now = now;
    }

    private MemoryReportSource of(ReportScope scope) {
      return read.computeIfAbsent(scope, s -> new MemoryReportSource(cycles(s, config, now)));
    }

    @Override
    public List<ComplianceReport.Row> compliance(
        ReportScope scope, Period period, Dimension by, List<String> order) {
      return of(scope).compliance(scope, period, by, order);
    }

    @Override
    public List<WeeklyTrend.Row> trend(
        ReportScope scope, Period period, ZoneId zone, List<String> order) {
      return of(scope).trend(scope, period, zone, order);
    }

    @Override
    public BreachHeatMap heatMap(ReportScope scope, Period period) {
      return of(scope).heatMap(scope, period);
    }

    @Override
    public List<AboutToBreach.Row> aboutToBreach(ReportScope scope, Instant at, int limit) {
      return of(scope).aboutToBreach(scope, at, limit);
    }

    @Override
    public CustomerStatement statement(
        ReportScope scope, SlaPolicy policy, String customer, Period period) {
      return of(scope).statement(scope, policy, customer, period);
    }

    @Override
    public Set<String> customers(ReportScope scope, SlaPolicy policy, Period period) {
      return of(scope).customers(scope, policy, period);
    }
  }

  /** The cycles of the scope's issues, at now. */
  List<ReportCycle> cycles(ReportScope scope, SlaConfiguration config, Instant now) {
    List<ReportCycle> out = new ArrayList<>();
    if (scope.isEmpty()) {
      return out;
    }
    List<Long> batch = new ArrayList<>();
    for (Long id : issueIds(scope)) {
      batch.add(id);
      if (batch.size() == PAGE) {
        add(batch, config, now, out);
        batch.clear();
      }
    }
    add(batch, config, now, out);
    return out;
  }

  private Set<Long> issueIds(ReportScope scope) {
    if (scope.issueIds() != null) {
      return scope.issueIds();
    }
    String jql =
        "project in ("
            + scope.projectKeys().stream()
                .sorted()
                .map(k -> "\"" + k.replace("\"", "") + "\"")
                .collect(Collectors.joining(", "))
            + ") ORDER BY key ASC";
    SearchService.ParseResult parsed = search.parseQuery(null, jql);
    if (!parsed.isValid()) {
      throw new IllegalStateException("Jira refused the JQL " + jql);
    }
    Set<Long> ids = new LinkedHashSet<>();
    try {
      for (int start = 0; ; start += PAGE) {
        List<Issue> page =
            search
                .searchOverrideSecurity(null, parsed.getQuery(), new PagerFilter<>(start, PAGE))
                .getResults();
        page.forEach(issue -> ids.add(issue.getId()));
        if (page.size() < PAGE) {
          return ids;
        }
      }
    } catch (SearchException e) {
      throw new IllegalStateException("Jira's search for the report's issues failed", e);
    }
  }

  private void add(List<Long> batch, SlaConfiguration config, Instant now, List<ReportCycle> out) {
    if (batch.isEmpty()) {
      return;
    }
    Map<Long, ClockRepository.Stored> stored = clocks.loadAll(batch);
    for (Long id : batch) {
      ClockRepository.Stored one = stored.get(id);
      if (one == null || one.clocks().clocks().isEmpty()) {
        continue;
      }
      Optional<IssueHistory> history = histories.read(id, config);
      if (history.isEmpty()) {
        continue; // deleted since its clocks were stored
      }
      IssueClocks issueClocks = one.clocks();
      String project =
          issueClocks.projectKey() == null
              ? IssueCycles.projectOf(issueClocks.issueKey())
              : issueClocks.projectKey();
      out.addAll(IssueCycles.ofStored(history.get(), project, issueClocks, now, config));
    }
  }
}
