package org.slaclocks.web.view;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slaclocks.calendar.BusinessCalendar;
import org.slaclocks.clock.ClockFacts;
import org.slaclocks.clock.Cycle;
import org.slaclocks.clock.SlaClock;
import org.slaclocks.policy.Metric;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.policy.SlaPolicy;
import org.slaclocks.tracking.ClockRepository;
import org.slaclocks.tracking.IssueClocks;
import org.slaclocks.tracking.TriggerLedger;
import org.slaclocks.web.WebHost;
import org.slaclocks.web.host.IssueRef;
import org.slaclocks.web.host.Viewer;
import org.slaclocks.web.i18n.Messages;

/**
 * The views of issues' clocks for one host: countdowns (field, navigator cells, exports) and the
 * panel. Values are derived from the stored facts at {@code host.clock().instant()}; a page of
 * issues costs one {@link ClockRepository#loadAll}. Callers pass issues the viewer may browse
 * ({@link org.slaclocks.web.host.IssueAccess}); an issue whose stored clocks cannot be read gives
 * an {@code UNAVAILABLE} view with the reason, never an exception.
 */
public final class SlaViews {
  private static final System.Logger LOG = System.getLogger(SlaViews.class.getName());

  private final WebHost host;

  public SlaViews(WebHost host) {
    this.host = Objects.requireNonNull(host, "host");
  }

  public WebHost host() {
    return host;
  }

  /** The countdowns of every metric of one issue, in its policy's order. */
  public List<CountdownView> countdowns(IssueRef issue, Viewer viewer) {
    return countdowns(List.of(issue), Set.of(), viewer).get(issue.id());
  }

  /** One metric's countdown on one issue (not started when the issue has no clock for it). */
  public CountdownView countdown(IssueRef issue, String metricId, Viewer viewer) {
    return countdowns(List.of(issue), Set.of(metricId), viewer).get(issue.id()).get(0);
  }

  /**
   * What a countdown field shows when its name matches no metric of the configuration: an
   * unavailable countdown that says so, so that a typo in the field's name is seen, not hidden.
   */
  public CountdownView unknownMetric(IssueRef issue, String fieldName, Viewer viewer) {
    Texts t = new Texts(viewer);
    return Countdowns.unavailable(
        issue, "", fieldName, t.text("reason.unknownMetric", fieldName), host.clock().instant(), t);
  }

  /** The countdowns of every metric of a page of issues, with one read of the stored clocks. */
  public Map<Long, List<CountdownView>> countdowns(Collection<IssueRef> issues, Viewer viewer) {
    return countdowns(issues, List.of(), viewer);
  }

  /**
   * The countdowns of a page of issues, by issue id in the order given, with one read of the stored
   * clocks. With {@code metricIds} empty, every metric each issue has; otherwise exactly those
   * metrics per issue, in that order (not started where an issue has no clock for one).
   */
  public Map<Long, List<CountdownView>> countdowns(
      Collection<IssueRef> issues, Collection<String> metricIds, Viewer viewer) {
    Instant now = host.clock().instant();
    Texts t = new Texts(viewer);
    SlaConfiguration config = host.configuration().get();
    Map<String, String> names = metricNames(config);
    Map<Long, Loaded> loaded = load(issues);
    Map<Long, List<CountdownView>> out = new LinkedHashMap<>();
    for (IssueRef issue : issues) {
      out.put(
          issue.id(), countdowns(issue, loaded.get(issue.id()), metricIds, names, config, now, t));
    }
    return out;
  }

  /** The panel of one issue: every metric with its cycles and timeline. */
  public PanelView panel(IssueRef issue, Viewer viewer) {
    Instant now = host.clock().instant();
    Texts t = new Texts(viewer);
    SlaConfiguration config = host.configuration().get();
    Map<String, String> names = metricNames(config);
    Loaded loaded = load(List.of(issue)).get(issue.id());
    PanelView.Labels labels = Panels.labels(t);
    if (loaded.error() != null) {
      return unavailablePanel(issue, loaded.error(), now, labels, t);
    }
    if (loaded.clocks() == null || loaded.clocks().clocks().isEmpty()) {
      return new PanelView(
          issue.id(),
          issue.key(),
          List.of(),
          t.text("panel.empty"),
          false,
          now.toEpochMilli(),
          labels,
          "");
    }
    List<TriggerLedger.Firing> firings = List.of();
    String firingsMessage = "";
    try {
      firings = host.triggers().firings(issue.id());
    } catch (RuntimeException e) {
      // The clocks are still worth showing when only the record of firings cannot be read.
      LOG.log(System.Logger.Level.WARNING, "cannot read the firings of " + issue.key(), e);
      firingsMessage =
          t.text("panel.firingsUnavailable", e.getMessage() == null ? "" : e.getMessage());
    }
    try {
      List<ClockFacts> facts = loaded.clocks().clocks();
      List<SlaClock> shown = loaded.clocks().at(now, config::calendar);
      List<MetricView> metrics = new ArrayList<>();
      for (int i = 0; i < facts.size(); i++) {
        ClockFacts one = facts.get(i);
        List<FiringView> fired =
            PanelFirings.of(firings, one.policyId(), one.metricId(), config, t);
        metrics.add(metric(issue, one, shown.get(i), names, config, now, t, fired));
      }
      return new PanelView(
          issue.id(), issue.key(), metrics, "", false, now.toEpochMilli(), labels, firingsMessage);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "cannot show the SLA clocks of " + issue.key(), e);
      return unavailablePanel(issue, e.getMessage(), now, labels, t);
    }
  }

  /** A navigator cell before its value is fetched. */
  public CountdownPlaceholder placeholder(long issueId, String metricId, Viewer viewer) {
    return new CountdownPlaceholder(
        issueId, metricId, Messages.of(viewer.locale()).text("value.loading"));
  }

  private PanelView unavailablePanel(
      IssueRef issue, String reason, Instant now, PanelView.Labels labels, Texts t) {
    return new PanelView(
        issue.id(),
        issue.key(),
        List.of(),
        t.text("panel.unavailable", reason == null ? "" : reason),
        true,
        now.toEpochMilli(),
        labels,
        "");
  }

  private MetricView metric(
      IssueRef issue,
      ClockFacts facts,
      SlaClock shown,
      Map<String, String> names,
      SlaConfiguration config,
      Instant now,
      Texts t,
      List<FiringView> firings) {
    String name = names.getOrDefault(key(facts.policyId(), facts.metricId()), facts.metricName());
    Cycle current = shown.current();
    if (current == null) {
      return new MetricView(
          facts.metricId(),
          name,
          Countdowns.notStarted(issue, facts.metricId(), name, now, t),
          null,
          List.of(),
          "",
          firings);
    }
    List<CycleView> cycles = new ArrayList<>();
    for (Cycle cycle : shown.cycles()) {
      cycles.add(Panels.cycle(cycle, config.calendar(cycle.goal().calendar()), now, t));
    }
    List<CycleView> past = new ArrayList<>(cycles.subList(0, cycles.size() - 1));
    Collections.reverse(past);
    BusinessCalendar calendar = config.calendar(current.goal().calendar());
    return new MetricView(
        facts.metricId(),
        name,
        Countdowns.of(issue, facts.metricId(), name, current, facts.current(), calendar, now, t),
        cycles.get(cycles.size() - 1),
        past,
        past.isEmpty() ? "" : t.text("panel.pastCycles", past.size()),
        firings);
  }

  private List<CountdownView> countdowns(
      IssueRef issue,
      Loaded loaded,
      Collection<String> metricIds,
      Map<String, String> names,
      SlaConfiguration config,
      Instant now,
      Texts t) {
    List<CountdownView> views = new ArrayList<>();
    if (loaded.error() != null) {
      if (metricIds.isEmpty()) {
        views.add(Countdowns.unavailable(issue, "", t.text("panel.title"), loaded.error(), now, t));
      }
      for (String metricId : metricIds) {
        String name = anyName(names, metricId);
        views.add(Countdowns.unavailable(issue, metricId, name, loaded.error(), now, t));
      }
      return views;
    }
    List<ClockFacts> facts = loaded.clocks() == null ? List.of() : loaded.clocks().clocks();
    Map<String, CountdownView> byMetric = new LinkedHashMap<>();
    for (ClockFacts clock : facts) {
      if (!metricIds.isEmpty() && !metricIds.contains(clock.metricId())) {
        continue;
      }
      String name = names.getOrDefault(key(clock.policyId(), clock.metricId()), clock.metricName());
      byMetric.putIfAbsent(clock.metricId(), countdown(issue, clock, name, config, now, t));
    }
    if (metricIds.isEmpty()) {
      views.addAll(byMetric.values());
      return views;
    }
    for (String metricId : metricIds) {
      CountdownView view = byMetric.get(metricId);
      views.add(
          view != null
              ? view
              : Countdowns.notStarted(issue, metricId, anyName(names, metricId), now, t));
    }
    return views;
  }

  private static CountdownView countdown(
      IssueRef issue,
      ClockFacts clock,
      String name,
      SlaConfiguration config,
      Instant now,
      Texts t) {
    try {
      if (clock.current() == null) {
        return Countdowns.notStarted(issue, clock.metricId(), name, now, t);
      }
      Cycle cycle = clock.current().at(now, config::calendar);
      BusinessCalendar calendar = config.calendar(cycle.goal().calendar());
      return Countdowns.of(issue, clock.metricId(), name, cycle, clock.current(), calendar, now, t);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "cannot show the SLA clock of " + issue.key(), e);
      return Countdowns.unavailable(issue, clock.metricId(), name, e.getMessage(), now, t);
    }
  }

  /** What is stored for each issue, or why it could not be read. */
  private record Loaded(IssueClocks clocks, String error) {}

  private Map<Long, Loaded> load(Collection<IssueRef> issues) {
    List<Long> ids = issues.stream().map(IssueRef::id).distinct().toList();
    Map<Long, Loaded> out = new HashMap<>();
    try {
      Map<Long, ClockRepository.Stored> stored =
          ids.isEmpty() ? Map.of() : host.clocks().loadAll(ids);
      for (Long id : ids) {
        ClockRepository.Stored one = stored.get(id);
        out.put(id, new Loaded(one == null ? null : inPolicyOrder(one.clocks()), null));
      }
      return out;
    } catch (RuntimeException batch) {
      // One unreadable issue must not blank the whole page: read them one by one to find it.
      for (Long id : ids) {
        try {
          out.put(
              id,
              new Loaded(
                  host.clocks().load(id).map(one -> inPolicyOrder(one.clocks())).orElse(null),
                  null));
        } catch (RuntimeException e) {
          LOG.log(
              System.Logger.Level.WARNING, "cannot read the stored SLA clocks of issue " + id, e);
          out.put(id, new Loaded(null, e.getMessage() == null ? e.toString() : e.getMessage()));
        }
      }
      return out;
    }
  }

  /**
   * The clocks in the order their policy lists its metrics, which is the order people read them in:
   * a repository may return them in another (the app's sorts by metric id).
   */
  private IssueClocks inPolicyOrder(IssueClocks clocks) {
    if (clocks.clocks().size() < 2) {
      return clocks;
    }
    Map<String, Integer> position = new HashMap<>();
    for (SlaPolicy policy : host.configuration().get().policies()) {
      for (Metric metric : policy.metrics()) {
        position.putIfAbsent(key(policy.id(), metric.id()), position.size());
      }
    }
    List<ClockFacts> ordered = new ArrayList<>(clocks.clocks());
    ordered.sort(
        Comparator.comparing(
                (ClockFacts c) ->
                    position.getOrDefault(key(c.policyId(), c.metricId()), Integer.MAX_VALUE))
            .thenComparing(ClockFacts::metricId));
    return new IssueClocks(
        clocks.issueId(),
        clocks.issueKey(),
        clocks.projectKey(),
        clocks.configVersion(),
        clocks.computedAt(),
        ordered);
  }

  private static Map<String, String> metricNames(SlaConfiguration config) {
    Map<String, String> names = new HashMap<>();
    for (SlaPolicy policy : config.policies()) {
      for (Metric metric : policy.metrics()) {
        names.put(key(policy.id(), metric.id()), metric.name());
        names.putIfAbsent(metric.id(), metric.name());
      }
    }
    return names;
  }

  private static String anyName(Map<String, String> names, String metricId) {
    return names.getOrDefault(metricId, metricId);
  }

  private static String key(String policyId, String metricId) {
    return policyId + "\u0000" + metricId;
  }
}
