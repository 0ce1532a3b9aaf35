package org.slaclocks.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slaclocks.clock.ClockFacts;
import org.slaclocks.policy.Metric;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.policy.SlaPolicy;
import org.slaclocks.tracking.ClockRepository;
import org.slaclocks.tracking.StoredClock;

/**
 * The issue list ({@code $list}): the issues the viewer may browse, newest first or by the breach
 * instant of one metric (the stored deadline, as Jira's navigator sorts the countdown field), 50 a
 * page. Countdown cells are the web layer's placeholders, filled by its batched column script.
 */
public record IssueListPage(
    List<Column> columns,
    List<Row> rows,
    int page,
    int pages,
    int total,
    String previousUrl,
    String nextUrl) {
  public static final int PAGE_SIZE = 50;

  /** A countdown column: one metric of the configuration. */
  public record Column(
      String metricId, String name, String sortUrl, boolean sorted, String order) {}

  /** One issue; {@code cellsHtml} are the countdown cells in column order (rendered, escaped). */
  public record Row(
      long id,
      String key,
      String summary,
      String status,
      String statusCategory,
      String priority,
      String assignee,
      List<String> cellsHtml) {}

  /** The metrics of the configuration by id, in the policies' order, each named once. */
  static Map<String, String> metrics(SlaConfiguration config) {
    Map<String, String> out = new LinkedHashMap<>();
    for (SlaPolicy policy : config.policies()) {
      for (Metric metric : policy.metrics()) {
        out.putIfAbsent(metric.id(), metric.name());
      }
    }
    return out;
  }

  /** The issues in the order asked for: by the metric's breach instant (none last), or newest. */
  static List<LoadedIssues.Issue> sorted(
      List<LoadedIssues.Issue> issues,
      String metricId,
      boolean descending,
      ClockRepository clocks,
      org.slaclocks.clock.Calendars calendars) {
    Comparator<LoadedIssues.Issue> newestFirst =
        Comparator.comparing((LoadedIssues.Issue i) -> i.history().createdAt())
            .reversed()
            .thenComparing(i -> -i.id());
    List<LoadedIssues.Issue> out = new ArrayList<>(issues);
    if (metricId == null) {
      out.sort(newestFirst);
      return out;
    }
    Map<Long, Instant> breach = breachInstants(ids(issues), metricId, clocks, calendars);
    Comparator<Instant> instants =
        descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
    out.sort(
        Comparator.comparing(
                (LoadedIssues.Issue i) -> breach.get(i.id()), Comparator.nullsLast(instants))
            .thenComparing(newestFirst));
    return out;
  }

  private static List<Long> ids(Collection<LoadedIssues.Issue> issues) {
    return issues.stream().map(LoadedIssues.Issue::id).toList();
  }

  /** The stored breach instant of each issue's clock of the metric (its current cycle's). */
  static Map<Long, Instant> breachInstants(
      List<Long> ids,
      String metricId,
      ClockRepository clocks,
      org.slaclocks.clock.Calendars calendars) {
    Map<Long, Instant> out = new HashMap<>();
    for (var entry : clocks.loadAll(ids).entrySet()) {
      for (ClockFacts facts : entry.getValue().clocks().clocks()) {
        if (facts.metricId().equals(metricId)) {
          Instant at = StoredClock.of(entry.getKey(), facts, calendars).breachAt();
          if (at != null) {
            out.put(entry.getKey(), at);
          }
        }
      }
    }
    return out;
  }
}
