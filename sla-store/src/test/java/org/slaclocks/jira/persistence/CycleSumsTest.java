package org.slaclocks.jira.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.slaclocks.clock.ClockFacts;
import org.slaclocks.clock.CycleFacts;
import org.slaclocks.history.ChangeGroup;
import org.slaclocks.history.IssueHistory;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.tracking.ClockEngine;
import org.slaclocks.tracking.ClockRepository;
import org.slaclocks.tracking.ClockUpdate;
import org.slaclocks.tracking.IssueClocks;
import org.slaclocks.tracking.JqlScope;

/**
 * The monthly sums of the stopped cycles ({@link AoCycleSum}) always equal the sums of the cycle
 * rows, whatever wrote them: first stores, stores that replace an issue's cycles, deletes,
 * compactions, and two nodes doing these at once; and the UTC months a period holds whole.
 */
class CycleSumsTest {
  private static final SlaConfiguration CONFIG = StoredClocksAnswerLaterTest.CONFIG;
  private static final Instant NOW = StoredClocksAnswerLaterTest.T1;

  private static long at(String instant) {
    return Instant.parse(instant).toEpochMilli();
  }

  @Test
  void takesTheWholeUtcMonthsWithinAPeriod() {
    Object[][] table = {
      // from, to, first whole month, end of the last (null: none)
      {
        "2026-01-15T00:00:00Z",
        "2026-04-03T00:00:00Z",
        "2026-02-01T00:00:00Z",
        "2026-04-01T00:00:00Z"
      },
      {
        "2026-01-01T00:00:00Z",
        "2026-02-01T00:00:00Z",
        "2026-01-01T00:00:00Z",
        "2026-02-01T00:00:00Z"
      },
      {"2026-01-01T00:00:00.001Z", "2026-02-01T00:00:00Z", null, null},
      {"2026-01-01T00:00:00Z", "2026-01-31T23:59:59.999Z", null, null},
      {
        "2025-12-31T23:00:00Z",
        "2026-12-31T23:00:00Z",
        "2026-01-01T00:00:00Z",
        "2026-12-01T00:00:00Z"
      },
      {"2026-02-10T00:00:00Z", "2026-02-11T00:00:00Z", null, null},
      {"2024-02-29T00:00:00Z", "2024-03-01T00:00:00Z", null, null},
      {
        "2024-01-31T12:00:00Z",
        "2024-03-01T00:00:00Z",
        "2024-02-01T00:00:00Z",
        "2024-03-01T00:00:00Z"
      },
      {
        "1969-12-15T00:00:00Z",
        "1970-02-15T00:00:00Z",
        "1970-01-01T00:00:00Z",
        "1970-02-01T00:00:00Z"
      },
    };
    for (Object[] row : table) {
      long[] months = CycleSums.monthsWithin(at((String) row[0]), at((String) row[1]));
      if (row[2] == null) {
        assertThat(months).as("%s .. %s", row[0], row[1]).isNull();
      } else {
        assertThat(months)
            .as("%s .. %s", row[0], row[1])
            .containsExactly(at((String) row[2]), at((String) row[3]));
      }
    }
    assertThat(CycleSums.monthsWithin(Long.MIN_VALUE, Long.MAX_VALUE))
        .as("every instant: every month")
        .containsExactly(Long.MIN_VALUE, Long.MAX_VALUE);
    assertThat(CycleSums.monthsWithin(Long.MIN_VALUE, at("2026-03-05T00:00:00Z")))
        .containsExactly(Long.MIN_VALUE, at("2026-03-01T00:00:00Z"));
    assertThat(CycleSums.monthsWithin(at("2026-03-05T00:00:00Z"), Long.MAX_VALUE))
        .containsExactly(at("2026-04-01T00:00:00Z"), Long.MAX_VALUE);
    assertThat(CycleSums.monthsWithin(Long.MAX_VALUE, Long.MAX_VALUE)).isNull();
    assertThat(CycleSums.monthsWithin(Long.MIN_VALUE, Long.MIN_VALUE)).isNull();
  }

  /** A random helpdesk history moved back by {@code back}. */
  static IssueHistory shifted(IssueHistory history, Duration back) {
    List<ChangeGroup> groups = new ArrayList<>();
    for (ChangeGroup g : history.groups()) {
      groups.add(new ChangeGroup(g.at().minus(back), g.author(), g.items()));
    }
    return new IssueHistory(
        history.issueId(),
        history.key(),
        history.createdAt().minus(back),
        history.creator(),
        history.initialFields(),
        groups);
  }

  /**
   * Issue {@code id}'s clocks in generation {@code g} (another random history, moved back up to 75
   * days, so that its cycles stop in one of three months), with the priority at each cycle's start.
   */
  static ClockUpdate update(long id, int g, long expectedVersion) {
    IssueHistory random = StoredClocksAnswerLaterTest.randomHistory(id * 7 + g);
    IssueHistory base =
        new IssueHistory(
            id,
            "HELP-" + id,
            random.createdAt(),
            random.creator(),
            random.initialFields(),
            random.groups());
    IssueHistory history = shifted(base, Duration.ofDays((id + 13L * g) % 75));
    ClockEngine.Result result =
        ClockEngine.compute(CONFIG, history, CONFIG.listedDirectory(), JqlScope.UNKNOWN, NOW);
    Map<String, List<Map<String, String>>> fields = new HashMap<>();
    for (ClockFacts clock : result.clocks().clocks()) {
      List<Map<String, String>> perCycle = new ArrayList<>();
      for (CycleFacts cycle : clock.cycles()) {
        String priority = history.stateAt(cycle.start()).get("priority");
        perCycle.add(Map.of("priority", priority == null ? "" : priority));
      }
      fields.put(clock.metricId(), perCycle);
    }
    String project = id % 3 == 0 ? "OPS" : "HELP";
    return new ClockUpdate(
        new IssueClocks(id, history.key(), project, g, NOW, result.clocks().clocks()),
        expectedVersion,
        Map.of(),
        fields);
  }

  /** Generation {@code g} of the issues, each expecting the version it has now. */
  private static List<ClockUpdate> generation(ClockRepository clocks, List<Long> ids, int g) {
    Map<Long, Long> versions = clocks.versions(ids);
    List<ClockUpdate> updates = new ArrayList<>();
    for (long id : ids) {
      updates.add(update(id, g, versions.getOrDefault(id, 0L)));
    }
    return updates;
  }

  /**
   * "field project line month state" to "count atRisk": the stopped cycle rows counted in Java, for
   * CYCLE (field null) and each field of CYCLE_FIELD.
   */
  static Map<String, String> sumsOfTheRows(ActiveObjects ao) {
    Map<String, int[]> sums = new TreeMap<>();
    ao.stream(
        AoCycle.class,
        net.java.ao.Query.select("ID,PROJECT_KEY,LINE_HASH,STATE,STOP_AT,MET_AT_RISK")
            .where("STOP_AT IS NOT NULL"),
        row ->
            add(
                sums,
                null,
                row.getProjectKey(),
                row.getLineHash(),
                row.getStopAt(),
                row.getState(),
                row.getMetAtRisk()));
    ao.stream(
        AoCycleField.class,
        net.java.ao.Query.select("ID,FIELD,PROJECT_KEY,LINE_HASH,STATE,STOP_AT,MET_AT_RISK")
            .where("STOP_AT IS NOT NULL"),
        row ->
            add(
                sums,
                row.getField(),
                row.getProjectKey(),
                row.getLineHash(),
                row.getStopAt(),
                row.getState(),
                row.getMetAtRisk()));
    return text(sums);
  }

  private static void add(
      Map<String, int[]> sums,
      String field,
      String project,
      long line,
      long stop,
      String state,
      int atRisk) {
    String month = Instant.ofEpochMilli(CycleSums.monthAt(stop)).toString();
    int[] c =
        sums.computeIfAbsent(
            field + " " + project + " " + line + " " + month + " " + state, k -> new int[2]);
    c[0]++;
    c[1] += atRisk;
  }

  /** The same from the table of sums: each key's rows added up. */
  static Map<String, String> sumsOfTheTable(ActiveObjects ao) {
    Map<String, int[]> sums = new TreeMap<>();
    ao.stream(
        AoCycleSum.class,
        net.java.ao.Query.select(
            "ID,FIELD,PROJECT_KEY,LINE_HASH,MONTH_AT,STATE,CYCLE_COUNT,MET_AT_RISK"),
        row -> {
          String key =
              row.getField()
                  + " "
                  + row.getProjectKey()
                  + " "
                  + row.getLineHash()
                  + " "
                  + Instant.ofEpochMilli(row.getMonthAt())
                  + " "
                  + row.getState();
          int[] c = sums.computeIfAbsent(key, k -> new int[2]);
          c[0] += row.getCycleCount();
          c[1] += row.getMetAtRisk();
        });
    return text(sums);
  }

  private static Map<String, String> text(Map<String, int[]> sums) {
    Map<String, String> out = new TreeMap<>();
    sums.forEach(
        (key, c) -> {
          if (c[0] != 0 || c[1] != 0) {
            out.put(key, c[0] + " " + c[1]);
          }
        });
    return out;
  }

  /** How many rows each key has, and how many are fresh. */
  private static int[] rowsAndFresh(ActiveObjects ao) {
    int[] n = new int[2];
    ao.stream(
        AoCycleSum.class,
        net.java.ao.Query.select("ID,FRESH"),
        row -> {
          n[0]++;
          n[1] += row.getFresh();
        });
    return n;
  }

  @DatabaseTest
  void followTheRowsThroughStoresReplacementsDeletesAndCompactions(ActiveObjects ao) {
    AoClockRepository clocks = new AoClockRepository(ao, CONFIG::calendar);
    List<Long> ids = LongStream.rangeClosed(1, 240).boxed().toList();

    assertThat(clocks.storeAll(generation(clocks, ids, 0))).isEmpty();
    Map<String, String> first = sumsOfTheRows(ao);
    assertThat(first.keySet().stream().map(k -> k.split(" ")[3]).distinct())
        .as("months the cycles stopped in")
        .hasSizeGreaterThanOrEqualTo(3);
    assertThat(sumsOfTheTable(ao)).isEqualTo(first);
    assertThat(rowsAndFresh(ao)[1]).as("appended, not yet compacted").isPositive();

    // the first 120 issues get other histories: their cycles are replaced
    assertThat(clocks.storeAll(generation(clocks, ids.subList(0, 120), 1))).isEmpty();
    assertThat(sumsOfTheRows(ao)).isNotEqualTo(first);
    assertThat(sumsOfTheTable(ao)).isEqualTo(sumsOfTheRows(ao));

    // the same again: nothing changes, nothing is appended
    int rows = rowsAndFresh(ao)[0];
    assertThat(clocks.storeAll(generation(clocks, ids.subList(0, 120), 1))).isEmpty();
    assertThat(rowsAndFresh(ao)[0]).isEqualTo(rows);

    clocks.delete(ids.subList(60, 180));
    assertThat(sumsOfTheTable(ao)).isEqualTo(sumsOfTheRows(ao));

    Map<String, String> before = sumsOfTheRows(ao);
    assertThat(CycleSums.compact(ao)).isPositive();
    assertThat(sumsOfTheTable(ao)).isEqualTo(before);
    int[] compacted = rowsAndFresh(ao);
    assertThat(compacted[1]).as("fresh rows after compacting").isZero();
    assertThat(compacted[0]).as("one row per key").isEqualTo(before.size());
    assertThat(CycleSums.compact(ao)).as("compacting again").isZero();

    // stores after a compaction add to the compacted sums
    assertThat(clocks.storeAll(generation(clocks, ids.subList(100, 240), 2))).isEmpty();
    assertThat(sumsOfTheTable(ao)).isEqualTo(sumsOfTheRows(ao));
    CycleSums.compact(ao);
    assertThat(sumsOfTheTable(ao)).isEqualTo(sumsOfTheRows(ao));
    clocks.delete(ids);
    assertThat(sumsOfTheRows(ao)).isEmpty();
    assertThat(sumsOfTheTable(ao)).isEmpty();
    CycleSums.compact(ao);
    assertThat(rowsAndFresh(ao)[0]).as("keys that sum to nothing keep no row").isZero();
  }

  /**
   * Two nodes store other generations of the same issues at once, and compact while they do: each
   * store replaces rows the other may have just replaced, and the sums still equal the rows.
   */
  @DatabaseTest
  void stayTrueWhileTwoNodesStoreTheSameIssuesAndCompactAtOnce(AoTestDatabase db) throws Exception {
    List<Long> ids = LongStream.rangeClosed(1, 150).boxed().toList();
    ActiveObjects one = db.activeObjects();
    ActiveObjects two = db.newNode();
    AoClockRepository first = new AoClockRepository(one, CONFIG::calendar);
    AoClockRepository second = new AoClockRepository(two, CONFIG::calendar);
    assertThat(first.storeAll(generation(first, ids, 0))).isEmpty();
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (AoClockRepository node : List.of(first, second)) {
        ActiveObjects ao = node == first ? one : two;
        Callable<Integer> run =
            () -> {
              start.await(30, TimeUnit.SECONDS);
              int stored = 0;
              for (int g = 1; g <= 6; g++) {
                // each node its own generations, so that their rows always differ
                int generation = node == first ? 2 * g : 2 * g + 1;
                List<ClockUpdate> updates = generation(node, ids, generation);
                stored += ids.size() - node.storeAll(updates).size();
                CycleSums.compact(ao);
              }
              return stored;
            };
        runs.add(pool.submit(run));
      }
      int stored = 0;
      for (Future<Integer> run : runs) {
        stored += run.get(5, TimeUnit.MINUTES);
      }
      assertThat(stored).as("issues stored by the two nodes").isGreaterThan(ids.size());
    } finally {
      pool.shutdownNow();
    }
    assertThat(sumsOfTheTable(one)).isEqualTo(sumsOfTheRows(one));
    CycleSums.compact(two);
    assertThat(sumsOfTheTable(one)).isEqualTo(sumsOfTheRows(one));
    assertThat(rowsAndFresh(one)[1]).isZero();
  }
}
