package org.slaclocks.jira.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.LongFunction;
import org.slaclocks.clock.ClockFacts;
import org.slaclocks.clock.CycleFacts;
import org.slaclocks.clock.ExclusionWindow;
import org.slaclocks.format.PolicyJson;
import org.slaclocks.history.ChangeGroup;
import org.slaclocks.history.IssueChange;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.history.IssueState;
import org.slaclocks.history.UserRef;
import org.slaclocks.policy.Exclusion;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.policy.SlaPolicy;
import org.slaclocks.query.Exclusions;
import org.slaclocks.report.BreachHeatMap;
import org.slaclocks.report.CustomerStatement;
import org.slaclocks.report.Dimension;
import org.slaclocks.report.IssueCycles;
import org.slaclocks.report.MemoryReportSource;
import org.slaclocks.report.Period;
import org.slaclocks.report.ReportCycle;
import org.slaclocks.report.ReportScope;
import org.slaclocks.tracking.ClockEngine;
import org.slaclocks.tracking.ClockUpdate;
import org.slaclocks.tracking.Histories;
import org.slaclocks.tracking.JqlScope;

/**
 * The reports from the cycle rows equal the in-memory reports over the same cycles: 300 random
 * helpdesk histories (reopened issues, priority changes, pauses) stored as the worker stores them,
 * every question over several periods (the week before now, all time, one crossing a DST change, an
 * empty one) and scopes, on H2, PostgreSQL and MariaDB.
 */
class AoReportSourceTest {
  private static final SlaConfiguration OUTAGE_CONFIG = StoredClocksAnswerLaterTest.CONFIG;
  private static final Instant NOW = StoredClocksAnswerLaterTest.T1;
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final int ISSUES = 300;

  private AoReportSource store;
  private AoClockRepository clocks;
  private MemoryReportSource memory;
  private List<String> order;
  private final List<Object[]> computed = new ArrayList<>();

  private SlaConfiguration config = OUTAGE_CONFIG;

  private void load(ActiveObjects ao) {
    load(
        ao,
        OUTAGE_CONFIG,
        seed -> StoredClocksAnswerLaterTest.randomHistory(seed),
        seed -> seed % 5 == 0 ? "OPS" : "HELP");
  }

  private void load(
      ActiveObjects ao,
      SlaConfiguration config,
      LongFunction<IssueHistory> histories,
      LongFunction<String> projects) {
    this.config = config;
    AoClockRepository clocks = new AoClockRepository(ao, config::calendar);
    Set<String> fields = IssueCycles.reportFields(config);
    List<ClockUpdate> updates = new ArrayList<>();
    List<ReportCycle> cycles = new ArrayList<>();
    for (long seed = 1; seed <= ISSUES; seed++) {
      IssueHistory history = histories.apply(seed);
      ClockEngine.Result result =
          ClockEngine.compute(config, history, config.listedDirectory(), JqlScope.UNKNOWN, NOW);
      String project = projects.apply(seed);
      var clocksOfIssue =
          new org.slaclocks.tracking.IssueClocks(
              history.issueId(), history.key(), project, 1, NOW, result.clocks().clocks());
      Map<String, List<Map<String, String>>> atStart = new HashMap<>();
      for (ClockFacts clock : result.clocks().clocks()) {
        List<Map<String, String>> perCycle = new ArrayList<>();
        for (CycleFacts cycle : clock.cycles()) {
          IssueState state = history.stateAt(cycle.start());
          Map<String, String> values = new HashMap<>();
          fields.forEach(f -> values.put(f, state.get(f) == null ? "" : state.get(f)));
          perCycle.add(values);
        }
        atStart.put(clock.metricId(), perCycle);
        computed.add(new Object[] {history, project, result.policyId(), clock});
        cycles.addAll(
            IssueCycles.of(
                history,
                project,
                result.policyId(),
                clock.at(NOW, config::calendar),
                fields,
                config));
      }
      updates.add(new ClockUpdate(clocksOfIssue, 0, Map.of(), atStart));
    }
    assertThat(clocks.storeAll(updates)).isEmpty();
    this.clocks = clocks;
    store = storeAt(ao, NOW);
    memory = new MemoryReportSource(cycles);
    order = new ArrayList<>();
    config.policies().forEach(p -> p.metrics().forEach(m -> order.add(p.id() + "/" + m.id())));
  }

  /** The stored rows asked at {@code now}, under the configuration's exclusion windows. */
  private AoReportSource storeAt(ActiveObjects ao, Instant now) {
    SlaConfiguration asked = config;
    return new AoReportSource(
        ao,
        clocks,
        asked::calendar,
        Clock.fixed(now, ZoneOffset.UTC),
        () -> Exclusions.of(asked.exclusions()));
  }

  /**
   * Running cycles held by an exclusion window at now are paused as the cycles shown then say,
   * though their rows (what stays true) say running: a window for every issue (the outage), and
   * windows of single issues.
   */
  @DatabaseTest
  void countsRunningCyclesInAnExclusionWindowAtNowAsPausedAsTheCyclesShownThenDo(ActiveObjects ao) {
    Instant outage = StoredClocksAnswerLaterTest.OUTAGE_START;
    List<Exclusion> windows = new ArrayList<>(OUTAGE_CONFIG.exclusions());
    Instant single = NOW.plus(Duration.ofHours(3));
    for (long issue = 1; issue <= ISSUES; issue += 3) {
      windows.add(
          Exclusion.forIssue(
              "wait-" + issue,
              new ExclusionWindow(single, single.plus(Duration.ofHours(5)), "customer away"),
              issue));
    }
    load(
        ao,
        OUTAGE_CONFIG.withExclusions(windows),
        seed -> StoredClocksAnswerLaterTest.randomHistory(seed),
        seed -> seed % 5 == 0 ? "OPS" : "HELP");
    int paused = 0;
    for (Instant now :
        List.of(single.plus(Duration.ofHours(1)), outage.plus(Duration.ofHours(2)))) {
      AoReportSource at = storeAt(ao, now);
      MemoryReportSource shown = memoryAt(now);
      for (ReportScope scope : scopes()) {
        for (Period period : periods()) {
          for (Dimension by : List.of(Dimension.NONE, Dimension.field("priority"))) {
            var expected = shown.compliance(scope, period, by, order);
            assertThat(at.compliance(scope, period, by, order))
                .as("at %s: %s %s by %s", now, scope, period, by.name())
                .isEqualTo(expected);
            paused += expected.stream().mapToInt(r -> r.counts().paused()).sum();
          }
        }
      }
    }
    assertThat(paused).as("paused cycles counted").isGreaterThan(20);
  }

  /** The same cycles as shown at a later {@code now}. */
  private MemoryReportSource memoryAt(Instant now) {
    Set<String> fields = IssueCycles.reportFields(config);
    List<ReportCycle> cycles = new ArrayList<>();
    for (Object[] c : computed) {
      cycles.addAll(
          IssueCycles.of(
              (IssueHistory) c[0],
              (String) c[1],
              (String) c[2],
              ((ClockFacts) c[3]).at(now, config::calendar),
              fields,
              config));
    }
    return new MemoryReportSource(cycles);
  }

  private static List<Period> periods() {
    return List.of(
        new Period(NOW.minus(Duration.ofDays(7)), NOW),
        new Period(NOW.minus(Duration.ofDays(3)).plusMillis(1), NOW.plus(Duration.ofDays(30))),
        Period.ALL,
        Period.ofDays(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 4, 3), AMSTERDAM),
        Period.ofDays(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1), AMSTERDAM));
  }

  private static List<ReportScope> scopes() {
    return List.of(
        ReportScope.projects(Set.of("HELP", "OPS")),
        ReportScope.projects(Set.of("OPS")),
        new ReportScope(Set.of("HELP", "OPS"), Set.of(1L, 2L, 3L, 7L, 10L, 11L, 12L, 13L)),
        ReportScope.projects(Set.of()));
  }

  @DatabaseTest
  void answersComplianceByPolicyPriorityAndNothingAsTheCyclesInMemoryDo(ActiveObjects ao) {
    load(ao);
    int compared = 0;
    for (ReportScope scope : scopes()) {
      for (Period period : periods()) {
        for (Dimension by :
            List.of(Dimension.NONE, Dimension.POLICY, Dimension.field("priority"))) {
          var expected = memory.compliance(scope, period, by, order);
          assertThat(store.compliance(scope, period, by, order))
              .as("%s %s by %s", scope, period, by.name())
              .isEqualTo(expected);
          compared += expected.size();
        }
      }
    }
    assertThat(compared).as("report lines compared").isGreaterThan(50);
  }

  /**
   * Histories spread over three months, so that the boundaries of UTC months cut through them: a
   * compliance report over whole months reads the monthly sums for those, and the rows for the rest
   * of its period; it equals the cycles in memory before the sums are compacted and after.
   */
  @DatabaseTest
  void answersPeriodsHoldingWholeUtcMonthsAsTheCyclesInMemoryDo(ActiveObjects ao) {
    load(
        ao,
        OUTAGE_CONFIG,
        seed ->
            CycleSumsTest.shifted(
                StoredClocksAnswerLaterTest.randomHistory(seed), Duration.ofDays(seed % 75)),
        seed -> seed % 5 == 0 ? "OPS" : "HELP");
    List<Period> periods =
        List.of(
            Period.ALL,
            new Period(
                Instant.parse("2025-12-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z")),
            Period.ofDays(LocalDate.of(2025, 11, 20), LocalDate.of(2026, 1, 10), AMSTERDAM),
            new Period(Instant.parse("2025-11-01T00:00:00Z"), NOW.plus(Duration.ofDays(40))),
            new Period(Instant.MIN, Instant.parse("2025-12-15T00:00:00Z")),
            new Period(
                Instant.parse("2025-12-01T00:00:00.001Z"), Instant.parse("2026-01-01T00:00:00Z")));
    for (boolean compacted : List.of(false, true)) {
      if (compacted) {
        CycleSums.compact(ao);
        List<Integer> fresh = new ArrayList<>();
        ao.stream(
            AoCycleSum.class,
            net.java.ao.Query.select("ID,FRESH").where("FRESH = ?", 1),
            row -> fresh.add(row.getFresh()));
        assertThat(fresh).as("sums not compacted").isEmpty();
      }
      int counted = 0;
      for (ReportScope scope : scopes()) {
        for (Period period : periods) {
          for (Dimension by :
              List.of(Dimension.NONE, Dimension.POLICY, Dimension.field("priority"))) {
            var expected = memory.compliance(scope, period, by, order);
            assertThat(store.compliance(scope, period, by, order))
                .as("%s %s by %s, compacted: %s", scope, period, by.name(), compacted)
                .isEqualTo(expected);
            counted += expected.stream().mapToInt(r -> r.counts().decided()).sum();
          }
        }
      }
      assertThat(counted).as("cycles counted").isGreaterThan(1000);
    }
  }

  @DatabaseTest
  void answersTheWeeklyTrendAndTheHeatMapAsTheCyclesInMemoryDo(ActiveObjects ao) {
    load(ao);
    int breaches = 0;
    for (ReportScope scope : scopes()) {
      for (Period period : periods()) {
        assertThat(store.trend(scope, period, AMSTERDAM, order))
            .as("trend %s %s", scope, period)
            .isEqualTo(memory.trend(scope, period, AMSTERDAM, order));
        BreachHeatMap expected = memory.heatMap(scope, period);
        BreachHeatMap actual = store.heatMap(scope, period);
        for (DayOfWeek day : DayOfWeek.values()) {
          for (int hour = 0; hour < 24; hour++) {
            assertThat(actual.count(day, hour))
                .as("heat map %s %s %s %d:00", scope, period, day, hour)
                .isEqualTo(expected.count(day, hour));
          }
        }
        breaches += expected.total();
      }
    }
    assertThat(breaches).as("breaches placed").isGreaterThan(20);
  }

  @DatabaseTest
  void listsTheClocksAboutToBreachAsTheCyclesInMemoryDo(ActiveObjects ao) {
    load(ao);
    for (ReportScope scope : scopes()) {
      for (int limit : List.of(1, 10, 1000)) {
        for (Instant now : List.of(NOW, NOW.plusMillis(1), NOW.plus(Duration.ofHours(3)))) {
          assertThat(store.aboutToBreach(scope, now, limit))
              .as("%s limit %d at %s", scope, limit, now)
              .isEqualTo(memoryAt(now).aboutToBreach(scope, now, limit));
        }
      }
    }
    assertThat(memory.aboutToBreach(scopes().get(0), NOW, 1000)).hasSizeGreaterThan(5);
  }

  /** The sample helpdesk's policies: the VIP policy has service credits by Organization. */
  private static SlaConfiguration helpdesk() {
    try {
      return PolicyJson.parse(
          Files.readString(Path.of("..", "examples", "helpdesk", "policies.json")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String[] ORGANIZATIONS = {"Acme Corp", "Acme Corp", "Globex", "Initech", ""};
  private static final String[] REGIONS = {"EMEA", "Americas"};

  /**
   * A random history of the helpdesk with an Organization and a Region that sometimes change (so
   * that a cycle's customer is the one at its start), and the waiting status that pauses the VIP
   * resolution.
   */
  private static IssueHistory customerHistory(long seed) {
    IssueHistory base = StoredClocksAnswerLaterTest.randomHistory(seed);
    SplittableRandom random = new SplittableRandom(seed * 31 + 7);
    String organization = ORGANIZATIONS[random.nextInt(ORGANIZATIONS.length)];
    String region = REGIONS[random.nextInt(REGIONS.length)];
    List<ChangeGroup> groups = new ArrayList<>();
    for (ChangeGroup group : base.groups()) {
      groups.add(group);
      if (random.nextInt(6) == 0) {
        String next = ORGANIZATIONS[random.nextInt(ORGANIZATIONS.length)];
        String nextRegion = REGIONS[random.nextInt(REGIONS.length)];
        groups.add(
            new ChangeGroup(
                group.at().plusSeconds(60),
                UserRef.of(Histories.AGENT),
                List.of(
                    new IssueChange.FieldChange(
                        "Organization",
                        organization.isEmpty() ? null : organization,
                        next.isEmpty() ? null : next),
                    new IssueChange.FieldChange("Region", region, nextRegion))));
        organization = next;
        region = nextRegion;
      }
    }
    String project = seed % 6 == 0 ? "OPS" : "HELP";
    Map<String, String> fields = new HashMap<>(base.initialFields());
    fields.put("project", project);
    if (!organization.isEmpty()) {
      fields.put("Organization", organization);
    }
    fields.put("Region", region);
    return new IssueHistory(
        base.issueId(), project + "-" + seed, base.createdAt(), base.creator(), fields, groups);
  }

  @DatabaseTest
  void answersStatementsAndCustomersUnderPoliciesWithCreditsAsTheCyclesInMemoryDo(
      ActiveObjects ao) {
    SlaConfiguration helpdesk = helpdesk();
    load(ao, helpdesk, AoReportSourceTest::customerHistory, seed -> seed % 6 == 0 ? "OPS" : "HELP");
    List<Period> periods = new ArrayList<>(periods());
    periods.add(Period.ofDays(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), AMSTERDAM));
    // a whole UTC month: the customers counted in it are read from the monthly sums
    periods.add(
        new Period(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z")));
    int customers = 0;
    int breaches = 0;
    for (SlaPolicy policy : helpdesk.policies()) {
      for (ReportScope scope : scopes()) {
        for (Period period : periods) {
          Set<String> expected = memory.customers(scope, policy, period);
          assertThat(store.customers(scope, policy, period))
              .as("customers of %s, %s %s", policy.id(), scope, period)
              .isEqualTo(expected);
          customers += expected.size();
          for (String customer : List.of("Acme Corp", "Globex", "Nobody")) {
            CustomerStatement statement = memory.statement(scope, policy, customer, period);
            assertThat(store.statement(scope, policy, customer, period))
                .as("statement of %s under %s, %s %s", customer, policy.id(), scope, period)
                .isEqualTo(statement);
            breaches += statement.breaches().size();
          }
        }
      }
    }
    // Compliance by the customer field and by the calendar's field, whose values change between
    // one issue's cycles.
    for (ReportScope scope : scopes()) {
      for (Period period : periods) {
        for (Dimension by : List.of(Dimension.field("Organization"), Dimension.field("Region"))) {
          assertThat(store.compliance(scope, period, by, order))
              .as("%s %s by %s", scope, period, by.name())
              .isEqualTo(memory.compliance(scope, period, by, order));
        }
      }
    }
    assertThat(customers).as("customers listed").isGreaterThan(10);
    assertThat(breaches).as("breaches on statements").isGreaterThan(5);
    // A customer whose issues moved to Acme Corp after their cycles started is listed under the
    // VIP policy by the Organization at those cycles' start.
    SlaPolicy vip =
        helpdesk.policies().stream().filter(p -> p.id().equals("vip")).findFirst().orElseThrow();
    assertThat(store.customers(scopes().get(0), vip, Period.ALL)).contains("Acme Corp");
  }
}
