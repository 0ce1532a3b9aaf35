package org.slaclocks.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.java.ao.Query;
import org.slaclocks.clock.Calendars;
import org.slaclocks.clock.ClockState;
import org.slaclocks.query.CalendarGoal;
import org.slaclocks.query.ClockColumn;
import org.slaclocks.query.ClockCondition;
import org.slaclocks.query.ClockQueries;
import org.slaclocks.tracking.ClockRepository;
import org.slaclocks.tracking.ClockUpdate;
import org.slaclocks.tracking.StoredClock;

/**
 * Clocks in {@link AoIssueClocks} (one row per issue: its version) and {@link AoClock} (one row per
 * issue and metric), and the questions about them ({@link ClockQueries}) as one SQL query each.
 *
 * <p>Concurrency, the choice: optimistic versions, checked when storing. Clocks are a pure function
 * of the issue's history, so a lost update can only mean a result computed from an older history
 * overwriting one from a newer history. Each store names the version it read before the history was
 * read, and changes the issue's rows only if that version is still there: {@code DELETE ... WHERE
 * VERSION = ? AND ISSUE_ID IN (...)} on the issue rows must delete exactly the expected rows (the
 * delete is the compare-and-set: a second writer blocks on the row lock and then deletes nothing),
 * and a first store inserts under a unique issue id. A loser is told which issues to recompute
 * ({@link ClockRepository#update} retries). This was chosen over serialising each issue through the
 * change queue because recalculation runs and the event worker write the same rows on different
 * nodes, and a queue lease can expire under a slow node: the version check holds whoever writes.
 *
 * <p>Only what changed is written ({@link ClockStore}): most recomputations find the clocks they
 * stored last time, and then nothing is written at all. Reads stream (read-only rows, only the
 * named columns); {@code IN} lists hold at most 1000 values; stores write in bulk, one transaction
 * per 1000 issues.
 *
 * <p>{@code calendars} resolves the calendars of the configuration the stored clocks were computed
 * with (the one in force): a running clock's ZERO_AT is counted in its calendar.
 */
public final class AoClockRepository implements ClockRepository, ClockQueries {
  private static final Logger LOG = Logger.getLogger(AoClockRepository.class.getName());
  private final ActiveObjects ao;
  private final Calendars calendars;

  private static final long COMPACTION_EVERY = Duration.ofMinutes(1).toNanos();

  /** When this node compacts the monthly sums next ({@link System#nanoTime}): a minute in. */
  private final AtomicLong nextCompaction = new AtomicLong(System.nanoTime() + COMPACTION_EVERY);

  /** The metrics whose every row has POLICY_HASH (rows written since stay so). */
  private final Set<String> hashedMetrics = ConcurrentHashMap.newKeySet();

  public AoClockRepository(ActiveObjects ao, Calendars calendars) {
    this.ao = Objects.requireNonNull(ao, "ao");
    this.calendars = Objects.requireNonNull(calendars, "calendars");
  }

  @Override
  public Map<Long, Long> versions(Collection<Long> issueIds) {
    Map<Long, Long> versions = new HashMap<>();
    for (List<Long> chunk : Sql.chunks(new TreeSet<>(issueIds))) {
      ao.stream(
          AoIssueClocks.class,
          Query.select("ISSUE_ID,VERSION")
              .where("ISSUE_ID IN (" + Sql.placeholders(chunk.size()) + ")", chunk.toArray()),
          row -> versions.put(row.getIssueId(), row.getVersion()));
    }
    return versions;
  }

  @Override
  public Set<Long> storeAll(Collection<ClockUpdate> updates) {
    Map<Long, ClockUpdate> byIssue = new TreeMap<>();
    for (ClockUpdate update : updates) {
      if (byIssue.put(update.clocks().issueId(), update) != null) {
        throw new IllegalArgumentException(
            "updates: issue " + update.clocks().issueId() + " appears twice");
      }
    }
    Set<Long> conflicts = new TreeSet<>();
    ClockStore store = new ClockStore(ao, calendars);
    // Ascending issue ids in every chunk, so two bulk writers lock rows in the same order.
    for (List<ClockUpdate> chunk : Sql.chunks(byIssue.values())) {
      conflicts.addAll(store.store(chunk));
    }
    compactSumsWhenDue();
    return conflicts;
  }

  /**
   * Compacts the monthly sums of the stopped cycles ({@link CycleSums#compact}) when this node has
   * not for a minute: after a store, never inside it, so that no write waits for it. Every node
   * does, and two at once are safe; the sums are right whether or not they are compacted.
   */
  private void compactSumsWhenDue() {
    long now = System.nanoTime();
    long due = nextCompaction.get();
    if (now - due >= 0 && nextCompaction.compareAndSet(due, now + COMPACTION_EVERY)) {
      try {
        CycleSums.compact(ao);
      } catch (RuntimeException e) {
        // what was stored is stored; the sums stay right, and a later compaction tries again
        LOG.log(Level.WARNING, "SLA Clocks: the monthly sums could not be compacted", e);
      }
    }
  }

  @Override
  public void delete(Collection<Long> issueIds) {
    for (List<Long> chunk : Sql.chunks(new TreeSet<>(issueIds))) {
      String in = "ISSUE_ID IN (" + Sql.placeholders(chunk.size()) + ")";
      for (int round = 1; ; round++) {
        try {
          ao.executeInTransaction(
              () -> {
                ao.deleteWithSQL(AoIssueClocks.class, in, chunk.toArray());
                ao.deleteWithSQL(AoClock.class, in, chunk.toArray());
                new CycleRows(ao, calendars).delete(chunk);
                return null;
              });
          break;
        } catch (RuntimeException e) {
          // Another writer replaced some of their cycle rows meanwhile: read them again.
          if (round == 5 || !(e instanceof ClockStore.VersionConflict || Sql.isContention(e))) {
            throw e;
          }
        }
      }
    }
    compactSumsWhenDue();
  }

  /**
   * {@inheritDoc} Each issue's clocks are ordered by metric id.
   *
   * @throws UnreadableClocksException after reading all the others, when some issues' stored clocks
   *     cannot be read back; it holds the others
   */
  @Override
  public Map<Long, Stored> loadAll(Collection<Long> issueIds) {
    return new ClockLoad(ao).loadAll(issueIds);
  }

  @Override
  public List<StoredClock> summaries(long issueId) {
    List<StoredClock> summaries = new ArrayList<>();
    Map<Long, String> unreadable = new HashMap<>();
    ao.stream(
        AoClock.class,
        Query.select(ClockRow.SUMMARY_COLUMNS + ",CONTENT_HASH")
            .where("ISSUE_ID = ?", issueId)
            .order("METRIC_ID,POLICY_ID"),
        row -> {
          try {
            summaries.add(ClockRow.summary(row));
          } catch (IllegalArgumentException | NullPointerException e) {
            unreadable.put(issueId, "clock " + row.getMetricId() + ": " + e.getMessage());
          }
        });
    if (!unreadable.isEmpty()) {
      throw new UnreadableClocksException(unreadable, Map.of());
    }
    return summaries;
  }

  @Override
  public Set<CalendarGoal> openGoals(String metricId) {
    Set<CalendarGoal> goals = new HashSet<>();
    ao.stream(
        AoClock.class,
        Query.select("CALENDAR,GOAL_MS")
            .distinct()
            .where(
                "METRIC_ID = ? AND STATE IN (?,?)",
                metricId,
                ClockState.RUNNING.name(),
                ClockState.PAUSED.name()),
        row -> {
          if (row.getCalendar() != null && row.getGoalMs() != null) {
            goals.add(new CalendarGoal(row.getCalendar(), Duration.ofMillis(row.getGoalMs())));
          }
        });
    return goals;
  }

  @Override
  public void forEachIssueId(ClockCondition condition, LongConsumer sink) {
    if (condition.isNone()) {
      return;
    }
    boolean byHash = ClockConditionSql.namesPolicy(condition) && policyHashed(condition);
    List<ClockCondition> alternatives = alternatives(condition);
    if (alternatives.size() == 1) {
      stream(alternatives.get(0), byHash, true, sink::accept);
      return;
    }
    // An OR of ranges (one per calendar and goal): as one statement, PostgreSQL ORs bitmaps and
    // reads every matching row from the table; as one statement per range, each is an index-only
    // range scan. The ids are gathered (8 bytes each), sorted and given out once each.
    GatheredIds ids = new GatheredIds();
    for (ClockCondition alternative : alternatives) {
      stream(alternative, byHash, false, ids);
    }
    ids.forEachDistinct(sink);
  }

  /**
   * Whether every row of the condition's metric has POLICY_HASH, so that a policy can be asked of
   * it (index-only) instead of POLICY_ID (a read of every candidate row). Rows written before
   * POLICY_HASH existed have none until their issue is stored again; once a metric has none left,
   * that stays true (every store writes it), and is remembered.
   */
  private boolean policyHashed(ClockCondition condition) {
    if (!(condition instanceof ClockCondition.All all)
        || all.parts().isEmpty()
        || !(all.parts().get(0) instanceof ClockCondition.Compare first)
        || first.column() != ClockColumn.METRIC_ID
        || first.op() != ClockCondition.Op.EQ) {
      return false;
    }
    String metricId = (String) first.value();
    if (hashedMetrics.contains(metricId)) {
      return true;
    }
    boolean[] legacy = {false};
    ao.stream(
        AoClock.class,
        Query.select("ISSUE_ID").where("METRIC_ID = ? AND POLICY_HASH IS NULL", metricId).limit(1),
        row -> legacy[0] = true);
    if (!legacy[0]) {
      hashedMetrics.add(metricId);
    }
    return !legacy[0];
  }

  private void stream(
      ClockCondition condition, boolean byHash, boolean ordered, LongConsumer sink) {
    ClockConditionSql sql = ClockConditionSql.of(condition, byHash);
    Query query = Query.select("ISSUE_ID").where(sql.where(), sql.params().toArray());
    if (ordered) {
      query = query.distinct().order("ISSUE_ID");
    }
    ao.stream(AoClock.class, query, row -> sink.accept(row.getIssueId()));
  }

  /**
   * The condition as alternatives that each are one index range: {@code A AND (B OR C)} is {@code A
   * AND B}, {@code A AND C}; anything else is itself.
   */
  public static List<ClockCondition> alternatives(ClockCondition condition) {
    if (condition instanceof ClockCondition.Any any && !any.parts().isEmpty()) {
      return any.parts();
    }
    if (condition instanceof ClockCondition.All all) {
      List<ClockCondition> parts = all.parts();
      for (int i = 0; i < parts.size(); i++) {
        if (parts.get(i) instanceof ClockCondition.Any any && any.parts().size() > 1) {
          List<ClockCondition> out = new ArrayList<>(any.parts().size());
          for (ClockCondition alternative : any.parts()) {
            List<ClockCondition> together = new ArrayList<>(parts);
            together.set(i, alternative);
            out.add(new ClockCondition.All(together));
          }
          return out;
        }
      }
    }
    return List.of(condition);
  }
}
