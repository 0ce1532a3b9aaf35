package org.slaclocks.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import net.java.ao.Query;
import org.slaclocks.clock.Calendars;
import org.slaclocks.clock.ClockFacts;
import org.slaclocks.clock.ClockState;
import org.slaclocks.clock.Cycle;
import org.slaclocks.clock.CycleFacts;
import org.slaclocks.clock.Goal;
import org.slaclocks.history.FieldNames;
import org.slaclocks.policy.SlaPolicy;
import org.slaclocks.query.Exclusions;
import org.slaclocks.report.AboutToBreach;
import org.slaclocks.report.BreachHeatMap;
import org.slaclocks.report.ComplianceCounts;
import org.slaclocks.report.ComplianceReport;
import org.slaclocks.report.CustomerStatement;
import org.slaclocks.report.Dimension;
import org.slaclocks.report.Period;
import org.slaclocks.report.ReportCycle;
import org.slaclocks.report.ReportScope;
import org.slaclocks.report.ReportSource;
import org.slaclocks.report.WeeklyTrend;
import org.slaclocks.tracking.ClockRepository;

/**
 * The reports answered by grouped counts over the cycle rows ({@link AoCycle}, and {@link
 * AoCycleField} for a breakdown by a field), with the counting rule of {@link ComplianceCounts} at
 * the instant the app's {@link Clock} gives: a stopped cycle counts in the period of its stop
 * (DECIDED_AT); an open one as running or paused when it started before the period's end, and as
 * late when its breach instant (DECIDED_AT) is in the period and before now. Only what a question
 * lists row by row (about to breach, a customer's statement) reads cycles one by one, and the open
 * ones among them are read from their clocks, whose facts give the working time left at now. The
 * stopped cycles of the whole UTC months within a period are counted from their monthly sums
 * ({@link AoCycleSum}, model version 7) instead of row by row.
 *
 * <p>A row keeps what stays true while time passes, so a running cycle's row says RUNNING also
 * while an exclusion window holds it at now; the counts take the windows in force at now ({@code
 * exclusions}) as the JQL functions do: a running cycle of an issue a window covers counts as
 * paused, as the cycle shown at now says.
 */
public final class AoReportSource implements ReportSource {
  private static final String OPEN = "(STOP_AT IS NULL AND START_AT < ?)";

  /**
   * The cycles decided in a period. {@code HAS_PREV IN (0, 1)} (always true) names the decided
   * index's first column, so that the database reads the index as two ranges of DECIDED_AT.
   */
  private static final String DECIDED =
      "(HAS_PREV IN (0, 1) AND DECIDED_AT >= ? AND DECIDED_AT < ? AND (STATE IN ('MET',"
          + " 'BREACHED') OR DECIDED_AT < ?))";

  private final ActiveObjects ao;
  private final ClockRepository clocks;
  private final Calendars calendars;
  private final Clock clock;
  private final Supplier<Exclusions> exclusions;

  /** The lines' names read so far ({@link #lines}). */
  private final Map<Long, CycleLine> named = new ConcurrentHashMap<>();

  /**
   * @param exclusions the exclusion windows in force, asked once per compliance report
   */
  public AoReportSource(
      ActiveObjects ao,
      ClockRepository clocks,
      Calendars calendars,
      Clock clock,
      Supplier<Exclusions> exclusions) {
    this.ao = Objects.requireNonNull(ao, "ao");
    this.clocks = Objects.requireNonNull(clocks, "clocks");
    this.calendars = Objects.requireNonNull(calendars, "calendars");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.exclusions = Objects.requireNonNull(exclusions, "exclusions");
  }

  // ---------------------------------------------------------------- compliance

  @Override
  public List<ComplianceReport.Row> compliance(
      ReportScope scope, Period period, Dimension by, List<String> order) {
    if (scope.isEmpty()) {
      return List.of();
    }
    Instant now = clock.instant();
    Grouping g = grouping(by);
    Map<List<String>, int[]> cells = new TreeMap<>(Comparator.comparing(Object::toString));
    // Two grouped counts read the period's decided cycles (one range of DECIDED_AT); the others
    // read only the open cycles (STOP_AT IS NULL), which are few.
    Where decided = decided(period, now);
    Where open = new Where(OPEN, ceil(period.endExclusive()));
    long start = ceil(period.startInclusive());
    // met, breached, open-breached; met at risk (MET_AT_RISK summed); each a counted cycle
    countDecided(
        g,
        scope,
        period,
        now,
        (key, state, n, atRisk) -> {
          int[] c = cells.computeIfAbsent(key, k -> new int[8]);
          switch (state) {
            case "MET" -> c[0] += n;
            case "BREACHED" -> c[1] += n;
            default -> c[4] += n;
          }
          c[5] += atRisk;
          c[6] += n;
        });
    // running, paused: open cycles started before the period's end; each a counted cycle
    count(
        g,
        scope,
        g.and(open),
        "STATE",
        false,
        (key, state, n, sum) -> {
          int[] c = cells.computeIfAbsent(key, k -> new int[8]);
          if (state.equals("RUNNING")) {
            c[2] += n;
          } else {
            c[3] += n;
          }
          c[6] += n;
        });
    // running, yet held by an exclusion window at now: shown paused
    Exclusions inForce = exclusions.get();
    Where running = open.and(new Where("STATE = 'RUNNING'"));
    Where excluded = null;
    if (inForce.coversEveryIssue(now)) {
      excluded = running;
    } else if (!inForce.issuesCovered(now).isEmpty()) {
      excluded = running.and(issueIn(inForce.issuesCovered(now)));
    }
    if (excluded != null) {
      count(
          g,
          scope,
          g.and(excluded),
          null,
          false,
          (key, state, n, sum) -> {
            int[] c = cells.computeIfAbsent(key, k -> new int[8]);
            c[2] -= n;
            c[3] += n;
          });
    }
    // at risk: open past the internal target at now
    count(
        g,
        scope,
        g.and(open.and(new Where("AT_RISK_AT < ?", ceil(now)))),
        null,
        false,
        (key, state, n, sum) -> cells.computeIfAbsent(key, k -> new int[8])[5] += n);
    // issues: the counted cycles, less those counted twice (open, and late in the period) ...
    count(
        g,
        scope,
        g.and(open.and(decided)),
        null,
        false,
        (key, state, n, sum) -> cells.computeIfAbsent(key, k -> new int[8])[6] -= n);
    // ... and less the second and later cycles of one issue in a line: a counted cycle whose
    // line's earlier cycle stopped in the period (before this one, so counted too)
    count(
        g,
        scope,
        g.and(decided.and(new Where("HAS_PREV = 1 AND PREV_DECIDED_AT >= ?", start))),
        null,
        false,
        (key, state, n, sum) -> cells.computeIfAbsent(key, k -> new int[8])[6] -= n);
    count(
        g,
        scope,
        g.and(
            open.and(
                new Where(
                    "PREV_DECIDED_AT >= ? AND (DECIDED_AT IS NULL OR DECIDED_AT < ? OR DECIDED_AT"
                        + " >= ? OR DECIDED_AT >= ?)",
                    start,
                    start,
                    ceil(period.endExclusive()),
                    ceil(now)))),
        null,
        false,
        (key, state, n, sum) -> cells.computeIfAbsent(key, k -> new int[8])[6] -= n);
    List<ComplianceReport.Row> rows = new ArrayList<>();
    cells.forEach(
        (key, c) -> {
          ComplianceCounts counts = new ComplianceCounts(c[6], c[0], c[1], c[2], c[3], c[4], c[5]);
          if (!counts.isEmpty()) {
            rows.add(new ComplianceReport.Row(key.get(0), key.get(1), key.get(2), counts));
          }
        });
    if (rows.isEmpty()
        && g.field() != null
        && !compliance(scope, period, Dimension.NONE, order).isEmpty()) {
      throw new IllegalArgumentException(
          "reports break down by priority, policy and the fields the policies name (scope, goal"
              + " and customer fields); '"
              + by.name()
              + "' is not one of them");
    }
    rows.sort(
        Comparator.<ComplianceReport.Row>comparingInt(
                r -> position(order, r.policyId(), r.metricId()))
            .thenComparing(ComplianceReport.Row::policyId)
            .thenComparing(ComplianceReport.Row::metricId)
            .thenComparing(ComplianceReport.Row::value));
    return rows;
  }

  /**
   * The cycles decided in the period, by line and state, with MET_AT_RISK summed. The stopped ones
   * of the whole UTC months within the period are read from their monthly sums ({@link
   * AoCycleSum}), the rest from the rows: the decided cycles of the period's part before its first
   * whole month and after its last, and the open cycles late within those months (from the open
   * cycles' index). A filter's scope (its issues) has no sums: its cycles are all read from the
   * rows.
   */
  private void countDecided(Grouping g, ReportScope scope, Period period, Instant now, Sink sink) {
    DecidedParts parts = decidedParts(scope, period, now);
    for (Where rows : parts.rows()) {
      count(g, scope, g.and(rows), "STATE", true, sink);
    }
    if (parts.months() != null) {
      List<Counted> counted = new ArrayList<>();
      sums(
          g.field(),
          scope,
          parts.months(),
          "LINE_HASH,STATE",
          row ->
              counted.add(
                  new Counted(
                      row.getLineHash(), row.getState(), row.getCycleCount(), row.getMetAtRisk())));
      name(g, counted, sink);
    }
  }

  /**
   * The cycles decided in a period, in parts: the conditions on the rows, and the whole UTC months
   * whose stopped cycles are read from their sums (null: none, every part is on the rows).
   */
  private record DecidedParts(List<Where> rows, long[] months) {}

  private static DecidedParts decidedParts(ReportScope scope, Period period, Instant now) {
    long start = ceil(period.startInclusive());
    long end = ceil(period.endExclusive());
    long[] months = scope.issueIds() == null ? CycleSums.monthsWithin(start, end) : null;
    if (months == null) {
      return new DecidedParts(List.of(decided(start, end, now)), null);
    }
    List<Where> rows = new ArrayList<>();
    if (start < months[0]) {
      rows.add(decided(start, months[0], now));
    }
    if (months[1] < end) {
      rows.add(decided(months[1], end, now));
    }
    rows.add(
        new Where(
            "STOP_AT IS NULL AND DECIDED_AT >= ? AND DECIDED_AT < ? AND DECIDED_AT < ?",
            months[0],
            months[1],
            ceil(now)));
    return new DecidedParts(rows, months);
  }

  /**
   * The monthly sums of the field's lines ({@code null}: of the metrics as a whole) in scope over
   * the months, grouped by {@code group}, each line's count and MET_AT_RISK summed.
   */
  private void sums(
      String field,
      ReportScope scope,
      long[] months,
      String group,
      net.java.ao.EntityStreamCallback<AoCycleSum, Long> sink) {
    Where where =
        new Where(
                CycleSums.fieldIs(field) + " AND MONTH_AT >= ? AND MONTH_AT < ?",
                CycleSums.fieldParams(field, months[0], months[1]))
            .and(scopeWhere(scope));
    ao.stream(
        AoCycleSum.class,
        Query.select(group + ",SUM(CYCLE_COUNT) AS CYCLE_COUNT,SUM(MET_AT_RISK) AS MET_AT_RISK")
            .where(where.sql(), where.params())
            .group(group),
        sink);
  }

  private static int position(List<String> order, String policyId, String metricId) {
    int i = order.indexOf(policyId + "/" + metricId);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  // ---------------------------------------------------------------- trend

  @Override
  public List<WeeklyTrend.Row> trend(
      ReportScope scope, Period period, ZoneId zone, List<String> order) {
    Instant now = clock.instant();
    TreeMap<LocalDate, Map<String, int[]>> weeks = new TreeMap<>();
    LocalDate first = monday(period.startInclusive(), zone);
    LocalDate last = monday(period.endExclusive().minusNanos(1), zone);
    boolean listed = first != null && last != null;
    if (listed) {
      for (LocalDate w = first; !w.isAfter(last); w = w.plusWeeks(1)) {
        weeks.put(w, newWeek(order));
      }
    }
    if (!scope.isEmpty()) {
      if (!listed) {
        long[] range = decidedRange(scope, period, now);
        if (range != null) {
          first = monday(Instant.ofEpochMilli(range[0]), zone);
          last = monday(Instant.ofEpochMilli(range[1]), zone);
        }
      }
      if (first != null && last != null) {
        Grouping g = grouping(Dimension.NONE);
        for (LocalDate w = first; !w.isAfter(last); w = w.plusWeeks(1)) {
          Instant from = max(period.startInclusive(), w.atStartOfDay(zone).toInstant());
          Instant to = min(period.endExclusive(), w.plusWeeks(1).atStartOfDay(zone).toInstant());
          if (!to.isAfter(from)) {
            continue;
          }
          LocalDate monday = w;
          count(
              g,
              scope,
              decided(new Period(from, to), now),
              "STATE",
              false,
              (key, state, n, sum) -> {
                int[] c =
                    weeks
                        .computeIfAbsent(monday, x -> newWeek(order))
                        .computeIfAbsent(key.get(0) + "/" + key.get(1), m -> new int[2]);
                c[state.equals("MET") ? 0 : 1] += n;
              });
        }
      }
    }
    List<WeeklyTrend.Row> rows = new ArrayList<>();
    weeks.forEach(
        (monday, perMetric) ->
            perMetric.forEach(
                (metric, c) -> {
                  int slash = metric.indexOf('/');
                  rows.add(
                      new WeeklyTrend.Row(
                          WeeklyTrend.name(monday),
                          monday,
                          metric.substring(0, slash),
                          metric.substring(slash + 1),
                          c[0],
                          c[1]));
                }));
    return rows;
  }

  /** The first and last DECIDED_AT counted in the period, or null when none is. */
  private long[] decidedRange(ReportScope scope, Period period, Instant now) {
    long[] range = {Long.MAX_VALUE, Long.MIN_VALUE};
    Where where = scopeWhere(scope).and(decided(period, now));
    for (String f : List.of("MIN", "MAX")) {
      ao.stream(
          AoCycle.class,
          Query.select(f + "(DECIDED_AT) AS DECIDED_AT").where(where.sql(), where.params()),
          row -> {
            Long at = row.getDecidedAt();
            if (at != null) {
              range[0] = Math.min(range[0], at);
              range[1] = Math.max(range[1], at);
            }
          });
    }
    return range[0] > range[1] ? null : range;
  }

  private static Map<String, int[]> newWeek(List<String> metrics) {
    Map<String, int[]> week = new LinkedHashMap<>();
    metrics.forEach(m -> week.put(m, new int[2]));
    return week;
  }

  private static LocalDate monday(Instant instant, ZoneId zone) {
    if (instant.isBefore(Instant.ofEpochSecond(-300_000_000_000L))
        || instant.isAfter(Instant.ofEpochSecond(300_000_000_000L))) {
      return null;
    }
    return instant
        .atZone(zone)
        .toLocalDate()
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  // ---------------------------------------------------------------- heat map

  @Override
  public BreachHeatMap heatMap(ReportScope scope, Period period) {
    int[][] counts = new int[7][24];
    if (!scope.isEmpty()) {
      Instant now = clock.instant();
      Where where =
          scopeWhere(scope)
              .and(
                  new Where(
                      "HAS_PREV IN (0, 1) AND DECIDED_AT >= ? AND DECIDED_AT < ? AND (STATE ="
                          + " 'BREACHED' OR (STATE IN"
                          + " ('RUNNING', 'PAUSED') AND DECIDED_AT < ?))",
                      ceil(period.startInclusive()),
                      ceil(period.endExclusive()),
                      ceil(now)));
      ao.stream(
          AoCycle.class,
          Query.select("BREACH_DAY,BREACH_HOUR,COUNT(LINE_HASH) AS CYCLE_COUNT")
              .where(where.sql(), where.params())
              .group("BREACH_DAY,BREACH_HOUR"),
          row -> {
            if (row.getBreachDay() != null && row.getBreachHour() != null) {
              counts[row.getBreachDay() - 1][row.getBreachHour()] += row.getCycleCount();
            }
          });
    }
    return BreachHeatMap.ofCounts(counts);
  }

  // ---------------------------------------------------------------- about to breach

  @Override
  public List<AboutToBreach.Row> aboutToBreach(ReportScope scope, Instant now, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be 1 or more, was " + limit);
    }
    List<AboutToBreach.Row> rows = new ArrayList<>();
    if (scope.isEmpty()) {
      return rows;
    }
    Where where =
        scopeWhere(scope)
            .and(new Where("STATE = 'RUNNING' AND STOP_AT IS NULL AND BREACH_AT >= ?", ceil(now)));
    int offset = 0;
    while (rows.size() < limit) {
      List<AoCycleRow> page = new ArrayList<>();
      ao.stream(
          AoCycle.class,
          Query.select("ID,ISSUE_ID,ISSUE_KEY,POLICY_ID,METRIC_ID,CYCLE_INDEX,BREACH_AT")
              .where(where.sql(), where.params())
              .order("BREACH_AT, ISSUE_KEY, METRIC_ID, POLICY_ID")
              .offset(offset)
              .limit(limit),
          row -> page.add(AoCycleRow.of(row)));
      if (page.isEmpty()) {
        break;
      }
      offset += page.size();
      Map<List<Object>, Cycle> open = openCycles(page, now);
      for (AoCycleRow c : page) {
        Cycle cycle = open.get(c.key());
        // A cycle in an exclusion window at now is paused, and has no deadline: left out.
        if (cycle != null
            && cycle.state() == ClockState.RUNNING
            && !cycle.isBreached()
            && cycle.deadline() != null
            && !cycle.deadline().isBefore(now)
            && rows.size() < limit) {
          rows.add(
              new AboutToBreach.Row(
                  c.issueKey(), c.policyId(), c.metricId(), cycle.deadline(), cycle.remaining()));
        }
      }
    }
    return rows;
  }

  /** A cycle row's key and the columns listing it needs. */
  private record AoCycleRow(
      long issueId, String issueKey, String policyId, String metricId, int index) {
    static AoCycleRow of(AoCycle row) {
      return new AoCycleRow(
          row.getIssueId(),
          row.getIssueKey(),
          row.getPolicyId(),
          row.getMetricId(),
          row.getCycleIndex());
    }

    List<Object> key() {
      return List.of(issueId, policyId, metricId, index);
    }
  }

  /** The open cycles among {@code rows} as shown at {@code now}, from their clocks' facts. */
  private Map<List<Object>, Cycle> openCycles(Collection<AoCycleRow> rows, Instant now) {
    Set<Long> issues = new TreeSet<>();
    rows.forEach(r -> issues.add(r.issueId()));
    Map<Long, ClockRepository.Stored> stored;
    try {
      stored = clocks.loadAll(issues);
    } catch (UnreadableClocksException e) {
      stored = e.readable(); // the others are listed; the unreadable ones wait for the worker
    }
    Map<List<Object>, Cycle> out = new HashMap<>();
    stored.forEach(
        (issueId, s) -> {
          for (ClockFacts facts : s.clocks().clocks()) {
            CycleFacts current = facts.current();
            if (current != null && current.isOpen()) {
              out.put(
                  List.of(issueId, facts.policyId(), facts.metricId(), current.index()),
                  current.at(now, calendars));
            }
          }
        });
    return out;
  }

  // ---------------------------------------------------------------- statements

  @Override
  public CustomerStatement statement(
      ReportScope scope, SlaPolicy policy, String customer, Period period) {
    List<ReportCycle> cycles = new ArrayList<>();
    if (!scope.isEmpty() && !policy.credits().isEmpty()) {
      cycles = customerCycles(scope, policy, customer, period);
    }
    return CustomerStatement.of(customer, policy, period, cycles);
  }

  @Override
  public Set<String> customers(ReportScope scope, SlaPolicy policy, Period period) {
    Set<String> out = new TreeSet<>();
    if (scope.isEmpty() || policy.credits().isEmpty()) {
      return out;
    }
    String field = FieldNames.canonical(policy.credits().customerField());
    List<Long> hashes = new ArrayList<>();
    // the lines counted in the period: decided in it (whole months from their sums), or open
    DecidedParts decided = decidedParts(scope, period, clock.instant());
    List<Where> rows = new ArrayList<>(decided.rows());
    rows.add(new Where(OPEN, ceil(period.endExclusive())));
    for (Where counted : rows) {
      Where where = scopeWhere(scope).and(new Where("FIELD = ?", field)).and(counted);
      ao.stream(
          AoCycleField.class,
          Query.select("LINE_HASH,COUNT(LINE_HASH) AS CYCLE_COUNT")
              .where(where.sql(), where.params())
              .group("LINE_HASH"),
          row -> hashes.add(row.getLineHash()));
    }
    if (decided.months() != null) {
      sums(
          field,
          scope,
          decided.months(),
          "LINE_HASH",
          row -> {
            if (row.getCycleCount() > 0) {
              hashes.add(row.getLineHash());
            }
          });
    }
    lines(hashes)
        .values()
        .forEach(
            line -> {
              if (line.policyId().equals(policy.id()) && line.value() != null) {
                out.add(line.value());
              }
            });
    return out;
  }

  /** The customer's cycles of the policy counted in the period, as reports read them. */
  private List<ReportCycle> customerCycles(
      ReportScope scope, SlaPolicy policy, String customer, Period period) {
    Instant now = clock.instant();
    String field = FieldNames.canonical(policy.credits().customerField());
    Map<Long, CycleLine> customerLines = new HashMap<>();
    ao.stream(
        AoCycleLine.class,
        Query.select("ID,LINE_HASH,POLICY_ID,METRIC_ID,FIELD,FIELD_VALUE")
            .where("POLICY_ID = ? AND FIELD = ? AND FIELD_VALUE = ?", policy.id(), field, customer),
        row -> customerLines.put(row.getLineHash(), CycleLine.of(row)));
    Set<List<Object>> keys = new java.util.HashSet<>();
    Set<Long> issues = new TreeSet<>();
    for (List<Long> chunk : Sql.chunks(customerLines.keySet())) {
      for (Where counted : counted(period, now)) {
        Where where =
            scopeWhere(scope)
                .and(
                    new Where(
                        "FIELD = ? AND LINE_HASH IN (" + Sql.placeholders(chunk.size()) + ")",
                        Sql.params(chunk, field)))
                .and(counted);
        ao.stream(
            AoCycleField.class,
            Query.select("ID,ISSUE_ID,LINE_HASH,CYCLE_INDEX").where(where.sql(), where.params()),
            row -> {
              String metricId = customerLines.get(row.getLineHash()).metricId();
              keys.add(List.of(row.getIssueId(), policy.id(), metricId, row.getCycleIndex()));
              issues.add(row.getIssueId());
            });
      }
    }
    Map<List<Object>, String> priorities = new HashMap<>();
    List<AoCycle> rows = new ArrayList<>();
    List<AoCycleRow> open = new ArrayList<>();
    for (List<Long> chunk : Sql.chunks(issues)) {
      Object[] params = Sql.params(chunk, policy.id());
      String in = "POLICY_ID = ? AND ISSUE_ID IN (" + Sql.placeholders(chunk.size()) + ")";
      ao.stream(
          AoCycle.class,
          Query.select(
                  "ID,ISSUE_ID,ISSUE_KEY,PROJECT_KEY,POLICY_ID,METRIC_ID,CYCLE_INDEX,STATE,START_AT,"
                      + "STOP_AT,ELAPSED_MS,BREACH_AT,AT_RISK_AT,GOAL_MS,INTERNAL_MS,GOAL_LABEL,"
                      + "CALENDAR,ZONE")
              .where(in, params),
          row -> {
            AoCycleRow r = AoCycleRow.of(row);
            if (keys.contains(r.key())) {
              rows.add(row);
              if (row.getStopAt() == null) {
                open.add(r);
              }
            }
          });
      List<AoCycleField> priorityRows = new ArrayList<>();
      ao.stream(
          AoCycleField.class,
          Query.select("ID,ISSUE_ID,LINE_HASH,CYCLE_INDEX")
              .where(
                  "FIELD = ? AND ISSUE_ID IN (" + Sql.placeholders(chunk.size()) + ")",
                  Sql.params(chunk, FieldNames.PRIORITY)),
          priorityRows::add);
      Map<Long, CycleLine> priorityLines =
          lines(priorityRows.stream().map(AoCycleField::getLineHash).toList());
      for (AoCycleField row : priorityRows) {
        CycleLine line = priorityLines.get(row.getLineHash());
        if (line != null && line.policyId().equals(policy.id()) && line.value() != null) {
          priorities.put(
              List.of(row.getIssueId(), policy.id(), line.metricId(), row.getCycleIndex()),
              line.value());
        }
      }
    }
    Map<List<Object>, Cycle> openNow = openCycles(open, now);
    List<ReportCycle> out = new ArrayList<>();
    for (AoCycle row : rows) {
      List<Object> key = AoCycleRow.of(row).key();
      Cycle cycle = row.getStopAt() == null ? openNow.get(key) : stopped(row);
      if (cycle == null) {
        continue; // its clock changed since the row was read; the worker writes it again
      }
      Map<String, String> fields = new HashMap<>();
      fields.put(field, customer);
      String priority = priorities.get(key);
      if (priority != null) {
        fields.put(FieldNames.PRIORITY, priority);
      }
      out.add(
          new ReportCycle(
              row.getIssueId(),
              row.getIssueKey(),
              row.getProjectKey(),
              row.getPolicyId(),
              row.getMetricId(),
              cycle,
              ZoneId.of(row.getZone()),
              fields));
    }
    return out;
  }

  private static Cycle stopped(AoCycle row) {
    Duration goal = Duration.ofMillis(row.getGoalMs());
    Duration elapsed = Duration.ofMillis(row.getElapsedMs());
    Long internal = row.getInternalMs();
    return new Cycle(
        row.getCycleIndex(),
        Instant.ofEpochMilli(row.getStartAt()),
        Instant.ofEpochMilli(row.getStopAt()),
        new Goal(
            goal,
            internal == null ? null : Duration.ofMillis(internal),
            row.getCalendar(),
            row.getGoalLabel()),
        ClockState.valueOf(row.getState()),
        elapsed,
        goal.minus(elapsed),
        null,
        row.getState().equals("BREACHED") ? ClockRow.instant(row.getBreachAt()) : null,
        ClockRow.instant(row.getAtRiskAt()),
        List.of(),
        List.of());
  }

  // ---------------------------------------------------------------- SQL pieces

  /** A WHERE fragment and its parameters. */
  record Where(String sql, Object... params) {
    Where and(Where other) {
      return new Where(sql + " AND " + other.sql, concat(params, other.params));
    }
  }

  private static Object[] concat(Object[] head, Object... tail) {
    Object[] all = new Object[head.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  /** {@code PROJECT_KEY IN (...)}, and the filter's issues when it has some. */
  static Where scopeWhere(ReportScope scope) {
    List<String> projects = new ArrayList<>(new TreeSet<>(scope.projectKeys()));
    Where where = new Where("1 = 1");
    List<String> parts = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    for (List<String> chunk : Sql.chunks(projects)) {
      parts.add("PROJECT_KEY IN (" + Sql.placeholders(chunk.size()) + ")");
      params.addAll(chunk);
    }
    where = new Where("(" + String.join(" OR ", parts) + ")", params.toArray());
    if (scope.issueIds() != null) {
      where = where.and(issueIn(scope.issueIds()));
    }
    return where;
  }

  /** {@code ISSUE_ID IN (...)}, in chunks the databases take. */
  private static Where issueIn(Set<Long> issueIds) {
    List<String> parts = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    for (List<Long> chunk : Sql.chunks(new TreeSet<>(issueIds))) {
      parts.add("ISSUE_ID IN (" + Sql.placeholders(chunk.size()) + ")");
      params.addAll(chunk);
    }
    return new Where("(" + String.join(" OR ", parts) + ")", params.toArray());
  }

  private static Where decided(Period period, Instant now) {
    return decided(ceil(period.startInclusive()), ceil(period.endExclusive()), now);
  }

  /** The cycles decided in {@code [from, to)}, epoch millis. */
  private static Where decided(long from, long to, Instant now) {
    return new Where(DECIDED, from, to, ceil(now));
  }

  /**
   * The cycles counted in the period as two conditions, each asked on its own: those decided in it
   * (a range of the decided index) and the open ones started before its end (the open index). One
   * condition with an OR between them would read every row of the field.
   */
  private static List<Where> counted(Period period, Instant now) {
    return List.of(decided(period, now), new Where(OPEN, ceil(period.endExclusive())));
  }

  /**
   * Epoch millis rounded up, clamped to a long: every comparison here is {@code column < x} or
   * {@code column >= x} on whole milliseconds, for which {@code x} rounded up is exact.
   */
  static long ceil(Instant instant) {
    if (instant.isBefore(Instant.ofEpochMilli(Long.MIN_VALUE))) {
      return Long.MIN_VALUE;
    }
    if (instant.isAfter(Instant.ofEpochMilli(Long.MAX_VALUE - 1))) {
      return Long.MAX_VALUE;
    }
    long millis = instant.toEpochMilli();
    return instant.getNano() % 1_000_000 == 0 ? millis : millis + 1;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /** What a report line is keyed by: policy, metric and the dimension's value. */
  private Grouping grouping(Dimension by) {
    if (by.name().isEmpty()) {
      return new Grouping(null, false);
    }
    if (by.name().equals("policy")) {
      return new Grouping(null, true);
    }
    return new Grouping(FieldNames.canonical(by.name()), false);
  }

  /**
   * A counted line's receiver: key (policy, metric, value), the extra group column's value, n, and
   * the sum of MET_AT_RISK when asked (else 0).
   */
  private interface Sink {
    void add(List<String> key, String extra, int n, int sum);
  }

  /**
   * What lines are counted by: CYCLE's lines (no field: the value is "" or the policy) or
   * CYCLE_FIELD's lines of one field (the value at the cycle's start, {@link Dimension#NO_VALUE}
   * when none).
   */
  private record Grouping(String field, boolean byPolicy) {
    Where and(Where where) {
      return field == null ? where : new Where("FIELD = ?", field).and(where);
    }
  }

  /**
   * One grouped count by line (and {@code extra}, a column) over the rows in scope matching {@code
   * where}, read from the counting index alone; the lines' names are read afterwards. Counted as
   * {@code COUNT(LINE_HASH)} (never null), not of the key: PostgreSQL's indexes do not hold the
   * key, and counting it would read every row from the table.
   */
  private void count(
      Grouping g, ReportScope scope, Where where, String extra, boolean sumAtRisk, Sink sink) {
    Where all = scopeWhere(scope).and(where);
    String group = "LINE_HASH" + (extra == null ? "" : "," + extra);
    Query query =
        Query.select(
                group
                    + ",COUNT(LINE_HASH) AS CYCLE_COUNT"
                    + (sumAtRisk ? ",SUM(MET_AT_RISK) AS MET_AT_RISK" : ""))
            .where(all.sql(), all.params())
            .group(group);
    List<Counted> counted = new ArrayList<>();
    if (g.field() == null) {
      ao.stream(
          AoCycle.class,
          query,
          row ->
              counted.add(
                  new Counted(
                      row.getLineHash(),
                      extra == null ? null : row.getState(),
                      row.getCycleCount(),
                      sumAtRisk ? row.getMetAtRisk() : 0)));
    } else {
      ao.stream(
          AoCycleField.class,
          query,
          row ->
              counted.add(
                  new Counted(
                      row.getLineHash(),
                      extra == null ? null : row.getState(),
                      row.getCycleCount(),
                      sumAtRisk ? row.getMetAtRisk() : 0)));
    }
    name(g, counted, sink);
  }

  /** A count of a line (and of the extra group column's value, when asked). */
  private record Counted(long line, String extra, int n, int sum) {}

  /** Gives the counts to the sink under their lines' names. */
  private void name(Grouping g, List<Counted> counted, Sink sink) {
    Map<Long, CycleLine> names = lines(counted.stream().map(Counted::line).toList());
    for (Counted c : counted) {
      CycleLine line = names.get(c.line());
      if (line == null) {
        continue; // not named: cannot be, a line is written with its first rows
      }
      String value =
          g.field() != null
              ? (line.value() == null ? Dimension.NO_VALUE : line.value())
              : g.byPolicy() ? line.policyId() : Dimension.NO_VALUE;
      sink.add(List.of(line.policyId(), line.metricId(), value), c.extra(), c.n(), c.sum());
    }
  }

  /**
   * The names of the lines, by number: those not read before by this source are read from {@link
   * AoCycleLine} and kept (a line's names never change: its number is their hash), so the questions
   * of one request (a compliance report's seven counts, a trend's one per week) read each line
   * once.
   */
  private Map<Long, CycleLine> lines(Collection<Long> hashes) {
    Set<Long> unknown = new TreeSet<>();
    for (Long hash : hashes) {
      if (!named.containsKey(hash)) {
        unknown.add(hash);
      }
    }
    for (List<Long> chunk : Sql.chunks(unknown)) {
      ao.stream(
          AoCycleLine.class,
          Query.select("ID,LINE_HASH,POLICY_ID,METRIC_ID,FIELD,FIELD_VALUE")
              .where("LINE_HASH IN (" + Sql.placeholders(chunk.size()) + ")", chunk.toArray()),
          row -> named.putIfAbsent(row.getLineHash(), CycleLine.of(row)));
    }
    Map<Long, CycleLine> out = new HashMap<>();
    for (Long hash : hashes) {
      CycleLine line = named.get(hash);
      if (line != null) {
        out.put(hash, line);
      }
    }
    return out;
  }
}
