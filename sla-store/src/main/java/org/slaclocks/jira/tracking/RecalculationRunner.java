package org.slaclocks.jira.tracking;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.slaclocks.clock.Calendars;
import org.slaclocks.clock.ClockFacts;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.tracking.AuditLog;
import org.slaclocks.tracking.ClockRepository;
import org.slaclocks.tracking.IssueClocks;
import org.slaclocks.tracking.IssueSelection;
import org.slaclocks.tracking.RecalculationScope;
import org.slaclocks.tracking.Recalculations;

/**
 * Recalculation for administrators: previews what the configuration in force changes, starts runs
 * (recorded by the {@link RecalculationStore}, audited) and, on a thread of its own, feeds the
 * running run to the change queue a batch at a time, the next batch while the worker is still on
 * the one before, so that the worker on every node recomputes its issues without waiting for them.
 * Feeding is idempotent and resumes from the stored cursor, so any node carries on a run after
 * another node stopped half-way.
 */
public final class RecalculationRunner implements Recalculations {
  /** Issues queued at a time: the worker drains them in a few polls. */
  static final int BATCH = 500;

  private static final long TICK_MS = 1000;
  private static final int LOAD_CHUNK = 1000;
  private static final Logger LOG = Logger.getLogger(RecalculationRunner.class.getName());

  private final Supplier<SlaConfiguration> configuration;
  private final ClockRecalculator recalculator;
  private final ClockRepository clocks;
  private final RecalculationStore store;
  private final IssueSelection selection;
  private final AuditLog audit;
  private final Clock clock;

  private final Object feeding = new Object();
  private ScheduledExecutorService executor;
  private volatile boolean failing;

  public RecalculationRunner(
      Supplier<SlaConfiguration> configuration,
      ClockRecalculator recalculator,
      ClockRepository clocks,
      RecalculationStore store,
      IssueSelection selection,
      AuditLog audit,
      Clock clock) {
    this.configuration = configuration;
    this.recalculator = recalculator;
    this.clocks = clocks;
    this.store = store;
    this.selection = selection;
    this.audit = audit;
    this.clock = clock;
  }

  /** Starts feeding the running run (if any) every second, on a thread of its own. */
  public synchronized void start() {
    if (executor != null) {
      return;
    }
    executor =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "sla-clocks-recalculation");
              thread.setDaemon(true);
              return thread;
            });
    executor.scheduleWithFixedDelay(this::tick, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
  }

  public synchronized void stop() {
    if (executor == null) {
      return;
    }
    executor.shutdownNow();
    try {
      executor.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    executor = null;
  }

  /** One feeding step; never throws (the database may not be ready yet, or down for a while). */
  private void tick() {
    try {
      feed();
      if (failing) {
        LOG.info("SLA Clocks: the recalculation goes on");
        failing = false;
      }
    } catch (Throwable t) {
      LOG.log(
          failing ? Level.FINE : Level.WARNING,
          "SLA Clocks: the recalculation could not queue its next issues; it tries again every"
              + " second",
          t);
      failing = true;
    }
  }

  /**
   * Counts what the worker has processed and queues the running run's next batch once no more than
   * one batch of it is left to the worker.
   */
  public Optional<Run> feed() {
    return feed(clock.instant());
  }

  /**
   * One feed at a time on this node: a run's first feed (when it starts) and the feeding thread's
   * would otherwise queue the same batch twice, and the worker may recompute the first copy before
   * the second arrives.
   */
  private Optional<Run> feed(Instant now) {
    synchronized (feeding) {
      return store.feed(BATCH, now);
    }
  }

  @Override
  public Preview preview(RecalculationScope scope, int limit) {
    return compare(configuration.get(), scope, limit, false);
  }

  @Override
  public Preview whatIf(SlaConfiguration draft, RecalculationScope scope, int limit) {
    return compare(draft, scope, limit, true);
  }

  /**
   * The scope's first (or, {@code newest}, last) {@code limit} issues by id computed with {@code
   * config} beside their stored clocks, which the configuration in force computed.
   */
  private Preview compare(
      SlaConfiguration config, RecalculationScope scope, int limit, boolean newest) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, was " + limit);
    }
    Instant now = clock.instant();
    Calendars storedCalendars = configuration.get()::calendar;
    TreeSet<Long> ids = issues(scope);
    List<Long> taken = new ArrayList<>(Math.min(limit, ids.size()));
    for (long id : newest ? ids.descendingSet() : ids) {
      if (taken.size() == limit) {
        break;
      }
      taken.add(id);
    }
    if (newest) {
      java.util.Collections.sort(taken);
    }
    Tally metToBreached = new Tally();
    Tally breachedToMet = new Tally();
    Tally changed = new Tally();
    Tally unchanged = new Tally();
    Tally failed = new Tally();
    Calendars calendars = config::calendar;
    for (int from = 0; from < taken.size(); from += LOAD_CHUNK) {
      List<Long> chunk = taken.subList(from, Math.min(taken.size(), from + LOAD_CHUNK));
      Map<Long, ClockRepository.Stored> stored = stored(chunk);
      for (long issueId : chunk) {
        ClockRepository.Stored before = stored.get(issueId);
        Optional<IssueClocks> after;
        try {
          after = recalculator.computed(issueId, config, now);
        } catch (RuntimeException e) {
          failed.add(before == null ? "#" + issueId : before.clocks().issueKey());
          continue;
        }
        String key =
            after
                .map(IssueClocks::issueKey)
                .orElse(before == null ? "#" + issueId : before.clocks().issueKey());
        Map<String, ClockFacts> old = byMetric(before == null ? null : before.clocks());
        Map<String, ClockFacts> computed = byMetric(after.orElse(null));
        for (String metric : union(old, computed)) {
          ClockFacts was = old.get(metric);
          ClockFacts is = computed.get(metric);
          if (was != null
              && (was.equals(is) || sameAtNow(was, is, now, storedCalendars, calendars))) {
            // Facts of an open clock stored at its last change and computed now differ only in
            // when they were counted; what counts is whether the clock reads the same now.
            unchanged.add(key);
          } else if (was == null || is == null) {
            changed.add(key);
          } else {
            Boolean wasBreached = breached(was, now, storedCalendars);
            Boolean isBreached = breached(is, now, calendars);
            if (Boolean.FALSE.equals(wasBreached) && Boolean.TRUE.equals(isBreached)) {
              metToBreached.add(key);
            } else if (Boolean.TRUE.equals(wasBreached) && Boolean.FALSE.equals(isBreached)) {
              breachedToMet.add(key);
            } else {
              changed.add(key);
            }
          }
        }
      }
    }
    return new Preview(
        now,
        config.version(),
        ids.size(),
        taken.size(),
        metToBreached.kind(),
        breachedToMet.kind(),
        changed.kind(),
        unchanged.kind(),
        failed.kind());
  }

  @Override
  public Run start(RecalculationScope scope, String requestedBy) {
    store
        .running()
        .ifPresent(
            run -> {
              throw new AlreadyRunning(run);
            });
    TreeSet<Long> ids = issues(scope);
    Instant now = clock.instant();
    long revision = configuration.get().version();
    Run run = store.create(scope, requestedBy, now, revision, ids);
    audit.append(
        AuditLog.Entry.of(
            now,
            requestedBy,
            "recalculation.started",
            "recalculation/" + run.id(),
            null,
            null,
            "scope "
                + scope.describe()
                + ", "
                + run.total()
                + " issues, configuration revision "
                + revision));
    return feed(now).filter(r -> r.id() == run.id()).orElse(run);
  }

  @Override
  public List<Run> runs(int limit) {
    return store.list(limit);
  }

  @Override
  public Optional<Run> cancel(long id, String by) {
    Optional<Run> before = store.find(id);
    if (before.isEmpty() || before.get().status() != Status.RUNNING) {
      return before;
    }
    Instant now = clock.instant();
    Optional<Run> cancelled = store.cancel(id, by, now);
    cancelled
        .filter(run -> run.status() == Status.CANCELLED && by.equals(run.cancelledBy()))
        .ifPresent(
            run ->
                audit.append(
                    AuditLog.Entry.of(
                        now,
                        by,
                        "recalculation.cancelled",
                        "recalculation/" + id,
                        null,
                        null,
                        "scope "
                            + run.scope().describe()
                            + ", "
                            + run.done()
                            + " of "
                            + run.total()
                            + " issues recomputed")));
    return cancelled;
  }

  /** The scope's issue ids, in id order (the order runs queue them and previews take them). */
  private TreeSet<Long> issues(RecalculationScope scope) {
    TreeSet<Long> ids = new TreeSet<>();
    if (scope.kind() == RecalculationScope.Kind.OPEN) {
      store.forEachOpenIssue(ids::add);
    } else {
      selection.forEach(scope, ids::add);
    }
    return ids;
  }

  /** The stored clocks; an issue whose rows cannot be read is left out (it counts as changed). */
  private Map<Long, ClockRepository.Stored> stored(List<Long> chunk) {
    try {
      return clocks.loadAll(chunk);
    } catch (RuntimeException unreadable) {
      Map<Long, ClockRepository.Stored> stored = new HashMap<>();
      for (long issueId : chunk) {
        try {
          clocks.load(issueId).ifPresent(s -> stored.put(issueId, s));
        } catch (RuntimeException e) {
          // unreadable: recomputing it replaces the rows
        }
      }
      return stored;
    }
  }

  private static Map<String, ClockFacts> byMetric(IssueClocks clocks) {
    Map<String, ClockFacts> map = new HashMap<>();
    if (clocks != null) {
      for (ClockFacts facts : clocks.clocks()) {
        map.put(facts.policyId() + "\u0000" + facts.metricId(), facts);
      }
    }
    return map;
  }

  private static TreeSet<String> union(Map<String, ?> a, Map<String, ?> b) {
    TreeSet<String> keys = new TreeSet<>(a.keySet());
    keys.addAll(b.keySet());
    return keys;
  }

  /** Null when the clock cannot be placed at now (its calendar is gone). */
  private static boolean sameAtNow(
      ClockFacts was, ClockFacts is, Instant now, Calendars before, Calendars after) {
    if (is == null) {
      return false;
    }
    try {
      return was.at(now, before).equals(is.at(now, after));
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static Boolean breached(ClockFacts facts, Instant now, Calendars calendars) {
    try {
      return facts.at(now, calendars).isBreached();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static final class Tally {
    private int count;
    private final List<String> examples = new ArrayList<>();

    void add(String issueKey) {
      count++;
      if (examples.size() < EXAMPLES && !examples.contains(issueKey)) {
        examples.add(issueKey);
      }
    }

    Kind kind() {
      return new Kind(count, examples);
    }
  }
}
