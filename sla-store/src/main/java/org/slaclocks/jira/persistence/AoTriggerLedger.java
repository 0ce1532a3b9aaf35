package org.slaclocks.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.Query;
import org.slaclocks.tracking.TriggerLedger;

/**
 * The trigger ledger in {@link AoTriggerFiring}.
 *
 * <p>Planning is {@link FiringPlans}'. Call {@link #plan} outside any other transaction: on
 * PostgreSQL a failed insert spoils the transaction it runs in.
 *
 * <p>Every change of a planned row is a compare-and-set. Active Objects has no conditional update,
 * so a change first writes a column with the value it already has (METRIC_ID, which never changes),
 * which takes the row's lock until the transaction ends; then it reads the row again, decides on
 * what it reads (claimable now, still claimed by this node) and writes. A second node doing the
 * same waits for the lock and then reads what the first one committed. A claim locks its rows in id
 * order, so two claiming nodes never deadlock.
 */
public final class AoTriggerLedger implements TriggerLedger {
  private static final int CLAIM_SCANS = 3;
  private static final String COLUMNS =
      "ID,ISSUE_ID,METRIC_ID,CYCLE_INDEX,TRIGGER_ID,DUE_AT,STATE,CLAIMED_BY,LEASE_UNTIL,ATTEMPTS,"
          + "NEXT_ATTEMPT_AT,ACTIONS_DONE,OUTCOME,UPDATED_AT";
  private static final Comparator<Firing> DUE_ORDER =
      Comparator.comparing(Firing::dueAt).thenComparingLong(Firing::id);

  private final ActiveObjects ao;
  private final FiringPlans plans;

  public AoTriggerLedger(ActiveObjects ao) {
    this.ao = Objects.requireNonNull(ao, "ao");
    this.plans = new FiringPlans(ao);
  }

  @Override
  public int plan(List<Planned> firings, Instant now) {
    return plans.plan(firings, now);
  }

  @Override
  public List<Firing> claim(String node, Instant now, Duration lease, int limit) {
    checkNode(node);
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(lease, "lease");
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("lease must be positive, was " + lease);
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, was " + limit);
    }
    long nowMs = now.toEpochMilli();
    long leaseUntil = nowMs + lease.toMillis();
    for (int scan = 1; scan <= CLAIM_SCANS; scan++) {
      List<Firing> candidates = candidates(nowMs, limit);
      if (candidates.isEmpty()) {
        return List.of();
      }
      List<Firing> claimed;
      try {
        claimed = ao.executeInTransaction(() -> take(candidates, node, nowMs, leaseUntil));
      } catch (RuntimeException e) {
        if (!Sql.isContention(e)) {
          throw e;
        }
        continue; // a deadlock or serialization failure: rolled back, look again
      }
      if (!claimed.isEmpty()) {
        return claimed;
      }
      // Another node claimed every candidate first: there may be more behind them.
    }
    return List.of();
  }

  /** The oldest due claimable firings: pending, to retry now, claimed under a lease run out. */
  private List<Firing> candidates(long nowMs, int limit) {
    List<Firing> candidates = new ArrayList<>();
    Query pending = Query.select(COLUMNS).where("STATE = ?", State.PENDING.name());
    Query retry =
        Query.select(COLUMNS)
            .where("STATE = ? AND NEXT_ATTEMPT_AT <= ?", State.RETRY.name(), nowMs);
    Query expired =
        Query.select(COLUMNS).where("STATE = ? AND LEASE_UNTIL < ?", State.CLAIMED.name(), nowMs);
    for (Query query : List.of(pending, retry, expired)) {
      ao.stream(
          AoTriggerFiring.class,
          query.order("DUE_AT, ID").limit(limit),
          row -> candidates.add(firing(row)));
    }
    candidates.sort(DUE_ORDER);
    return candidates.size() <= limit ? candidates : candidates.subList(0, limit);
  }

  private static boolean claimable(Firing firing, long nowMs) {
    return switch (firing.state()) {
      case PENDING -> true;
      case RETRY ->
          firing.nextAttemptAt() != null && firing.nextAttemptAt().toEpochMilli() <= nowMs;
      default -> false;
    };
  }

  private List<Firing> take(List<Firing> candidates, String node, long nowMs, long leaseUntil) {
    Map<Long, AoTriggerFiring> rows = lock(candidates.stream().map(Firing::id).toList());
    Map<Long, Lease> leases = new HashMap<>();
    List<Firing> fresh = read(rows.keySet(), leases);
    List<Firing> claimed = new ArrayList<>();
    for (Firing firing : fresh) {
      Lease held = leases.get(firing.id());
      boolean expired =
          firing.state() == State.CLAIMED && held.until() != null && held.until() < nowMs;
      if (!claimable(firing, nowMs) && !expired) {
        continue;
      }
      AoTriggerFiring row = rows.get(firing.id());
      row.setState(State.CLAIMED.name());
      row.setClaimedBy(node);
      row.setLeaseUntil(leaseUntil);
      row.setUpdatedAt(nowMs);
      row.save();
      claimed.add(
          new Firing(
              firing.id(),
              firing.issueId(),
              firing.metricId(),
              firing.cycleIndex(),
              firing.triggerId(),
              firing.dueAt(),
              State.CLAIMED,
              firing.attempts(),
              firing.nextAttemptAt(),
              firing.actionsDone(),
              firing.outcome(),
              Instant.ofEpochMilli(nowMs)));
    }
    claimed.sort(DUE_ORDER);
    return claimed;
  }

  /** Takes the rows' locks, in id order, by writing a column its own value. */
  private Map<Long, AoTriggerFiring> lock(List<Long> ids) {
    Map<Long, AoTriggerFiring> rows = new LinkedHashMap<>();
    for (List<Long> chunk : Sql.chunks(new TreeSet<>(ids))) {
      for (AoTriggerFiring row :
          ao.find(
              AoTriggerFiring.class,
              Query.select("ID,METRIC_ID")
                  .where("ID IN (" + Sql.placeholders(chunk.size()) + ")", chunk.toArray())
                  .order("ID"))) {
        row.setMetricId(row.getMetricId());
        row.save();
        rows.put((long) row.getID(), row);
      }
    }
    return rows;
  }

  /** Who holds a row's claim, and until when. */
  private record Lease(String node, Long until) {}

  private List<Firing> read(Set<Long> ids, Map<Long, Lease> leases) {
    List<Firing> firings = new ArrayList<>();
    for (List<Long> chunk : Sql.chunks(new TreeSet<>(ids))) {
      ao.stream(
          AoTriggerFiring.class,
          Query.select(COLUMNS)
              .where("ID IN (" + Sql.placeholders(chunk.size()) + ")", chunk.toArray()),
          row -> {
            firings.add(firing(row));
            leases.put((long) row.getID(), new Lease(row.getClaimedBy(), row.getLeaseUntil()));
          });
    }
    return firings;
  }

  @Override
  public boolean actionDone(
      long firingId, String node, int actionIndex, String outcomeLine, Instant now) {
    checkNode(node);
    Objects.requireNonNull(outcomeLine, "outcomeLine");
    Objects.requireNonNull(now, "now");
    if (actionIndex < 0) {
      throw new IllegalArgumentException("actionIndex must be >= 0, was " + actionIndex);
    }
    return ao.executeInTransaction(
        () -> {
          Held held = holding(firingId, node);
          if (held == null) {
            return false;
          }
          Set<Integer> done = new TreeSet<>(held.firing().actionsDone());
          if (done.add(actionIndex)) {
            held.row().setActionsDone(actions(done));
            held.row().setOutcome(append(held.firing().outcome(), outcomeLine));
          }
          held.row().setUpdatedAt(now.toEpochMilli());
          held.row().save();
          return true;
        });
  }

  @Override
  public boolean finish(
      long firingId,
      String node,
      State state,
      Instant nextAttemptAt,
      String outcomeLine,
      Instant now) {
    checkNode(node);
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(now, "now");
    if (state == State.PENDING || state == State.CLAIMED) {
      throw new IllegalArgumentException(
          "a claim ends RETRY, DONE, FAILED or CANCELLED, not " + state);
    }
    if (state == State.RETRY && nextAttemptAt == null) {
      throw new IllegalArgumentException("a firing to retry needs its nextAttemptAt");
    }
    return ao.executeInTransaction(
        () -> {
          Held held = holding(firingId, node);
          if (held == null) {
            return false;
          }
          AoTriggerFiring row = held.row();
          row.setState(state.name());
          row.setLeaseUntil(null);
          if (state == State.RETRY) {
            row.setNextAttemptAt(nextAttemptAt.toEpochMilli());
            row.setAttempts(held.firing().attempts() + 1);
          } else {
            row.setNextAttemptAt(null);
          }
          if (outcomeLine != null) {
            row.setOutcome(append(held.firing().outcome(), outcomeLine));
          }
          row.setUpdatedAt(now.toEpochMilli());
          row.save();
          return true;
        });
  }

  /** A row locked and read again, which {@code node} still holds. */
  private record Held(AoTriggerFiring row, Firing firing) {}

  /** The firing's row, locked, when {@code node} holds its claim; null otherwise. */
  private Held holding(long firingId, String node) {
    Map<Long, AoTriggerFiring> rows = lock(List.of(firingId));
    if (rows.isEmpty()) {
      return null;
    }
    Map<Long, Lease> leases = new HashMap<>();
    List<Firing> fresh = read(rows.keySet(), leases);
    if (fresh.isEmpty()
        || fresh.get(0).state() != State.CLAIMED
        || !node.equals(leases.get(firingId).node())) {
      return null;
    }
    return new Held(rows.get(firingId), fresh.get(0));
  }

  private static String append(String outcome, String line) {
    return outcome.isEmpty() ? line : outcome + "\n" + line;
  }

  private static String actions(Set<Integer> done) {
    StringBuilder text = new StringBuilder();
    for (int index : done) {
      text.append(text.length() == 0 ? "" : ",").append(index);
    }
    return text.toString();
  }

  private static Set<Integer> actions(String text) {
    Set<Integer> done = new TreeSet<>();
    if (text != null && !text.isBlank()) {
      for (String index : text.split(",")) {
        done.add(Integer.parseInt(index.trim()));
      }
    }
    return done;
  }

  private static void checkNode(String node) {
    Objects.requireNonNull(node, "node");
    if (node.isBlank() || node.length() > 100) {
      throw new IllegalArgumentException(
          "a node id is 1 to 100 characters, not blank; was '" + node + "'");
    }
  }

  private static Firing firing(AoTriggerFiring row) {
    Long next = row.getNextAttemptAt();
    return new Firing(
        row.getID(),
        row.getIssueId(),
        row.getMetricId(),
        row.getCycleIndex(),
        row.getTriggerId(),
        Instant.ofEpochMilli(row.getDueAt()),
        State.valueOf(row.getState()),
        row.getAttempts(),
        next == null ? null : Instant.ofEpochMilli(next),
        actions(row.getActionsDone()),
        row.getOutcome() == null ? "" : row.getOutcome(),
        Instant.ofEpochMilli(row.getUpdatedAt()));
  }

  @Override
  public List<Firing> firings(long issueId) {
    List<Firing> firings = new ArrayList<>();
    ao.stream(
        AoTriggerFiring.class,
        Query.select(COLUMNS).where("ISSUE_ID = ?", issueId).order("DUE_AT, ID"),
        row -> firings.add(firing(row)));
    return firings;
  }

  @Override
  public List<Firing> failed(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be 1 or more, was " + limit);
    }
    List<Firing> failed = new ArrayList<>();
    ao.stream(
        AoTriggerFiring.class,
        Query.select(COLUMNS)
            .where("STATE = ?", State.FAILED.name())
            .order("UPDATED_AT DESC, ID DESC")
            .limit(limit),
        row -> failed.add(firing(row)));
    return failed;
  }

  @Override
  public Map<State, Long> backlog() {
    Map<State, Long> backlog = new EnumMap<>(State.class);
    for (State state : State.values()) {
      if (!state.isFinal()) {
        backlog.put(state, (long) ao.count(AoTriggerFiring.class, "STATE = ?", state.name()));
      }
    }
    return backlog;
  }
}
