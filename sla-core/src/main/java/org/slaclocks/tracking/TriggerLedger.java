package org.slaclocks.tracking;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The exactly-once ledger of reminders and escalations: one row per (issue, metric, cycle,
 * trigger), unique across the cluster. The alert job first <em>plans</em> a firing (a pending row;
 * a second plan of the same firing is a no-op), then a node <em>claims</em> it under a lease, does
 * its actions one by one (recording each that is done, so a retry never repeats it) and
 * <em>finishes</em> it: done, to be retried at a later instant, failed for good, or cancelled. A
 * claim whose node died is claimed again once its lease has run out. A repeating trigger names each
 * repetition in its id ({@code "after-2h#3"}).
 */
public interface TriggerLedger {

  /** Where a firing stands. */
  enum State {
    /** Planned; no node has claimed it yet. */
    PENDING,
    /** A node is doing its actions until its lease runs out. */
    CLAIMED,
    /** An action failed; it is claimed again at {@link Firing#nextAttemptAt}. */
    RETRY,
    /** Every action is done. */
    DONE,
    /** An action failed for good (or too often); people see why on the issue. */
    FAILED,
    /** Not done: its rule was removed, or it no longer applies. */
    CANCELLED;

    /** Whether nothing more will happen to a firing in this state. */
    public boolean isFinal() {
      return this == DONE || this == FAILED || this == CANCELLED;
    }
  }

  /**
   * A firing to plan: trigger {@code triggerId} of metric {@code metricId}, due at {@code dueAt}.
   */
  record Planned(long issueId, String metricId, int cycleIndex, String triggerId, Instant dueAt) {
    public Planned {
      Objects.requireNonNull(metricId, "metricId");
      Objects.requireNonNull(triggerId, "triggerId");
      Objects.requireNonNull(dueAt, "dueAt");
      if (cycleIndex < 0) {
        throw new IllegalArgumentException("cycleIndex must be >= 0, was " + cycleIndex);
      }
    }

    public static Planned of(long issueId, AlertDue due) {
      return new Planned(issueId, due.metricId(), due.cycleIndex(), due.triggerId(), due.dueAt());
    }
  }

  /**
   * A ledger row as read: {@code actionsDone} holds the indexes (in the rule's list) of the actions
   * already done; {@code outcome} is what people read on the issue (one line per action); {@code
   * updatedAt} is when the row last changed.
   */
  record Firing(
      long id,
      long issueId,
      String metricId,
      int cycleIndex,
      String triggerId,
      Instant dueAt,
      State state,
      int attempts,
      Instant nextAttemptAt,
      Set<Integer> actionsDone,
      String outcome,
      Instant updatedAt) {
    public Firing {
      Objects.requireNonNull(metricId, "metricId");
      Objects.requireNonNull(triggerId, "triggerId");
      Objects.requireNonNull(dueAt, "dueAt");
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(updatedAt, "updatedAt");
      actionsDone = Set.copyOf(actionsDone);
    }
  }

  /**
   * Plans each firing not yet in the ledger as {@link State#PENDING}; firings already there, in any
   * state, are left as they are. Safe to call from two nodes at once.
   *
   * @return how many firings this call added
   */
  int plan(List<Planned> firings, Instant now);

  /**
   * Claims up to {@code limit} firings for {@code node} until {@code now + lease}: pending ones,
   * ones to retry whose {@code nextAttemptAt} has come, and claimed ones whose lease ran out; the
   * oldest due first. Each firing is claimed by one node only, whatever nodes ask at once.
   */
  List<Firing> claim(String node, Instant now, Duration lease, int limit);

  /**
   * Records that action {@code actionIndex} of a firing {@code node} still holds is done, with its
   * outcome line.
   *
   * @return false when the node no longer holds the claim (its lease ran out and another node took
   *     it): the node stops working on the firing
   */
  boolean actionDone(long firingId, String node, int actionIndex, String outcomeLine, Instant now);

  /**
   * Ends {@code node}'s claim: {@code state} is {@link State#RETRY} (then {@code nextAttemptAt} is
   * set and the attempt counted), {@link State#DONE}, {@link State#FAILED} or {@link
   * State#CANCELLED}; {@code outcomeLine}, when not null, is added to the outcome.
   *
   * @return false when the node no longer held the claim
   */
  boolean finish(
      long firingId,
      String node,
      State state,
      Instant nextAttemptAt,
      String outcomeLine,
      Instant now);

  /** What fired (or is to fire) for an issue, by due instant. */
  List<Firing> firings(long issueId);

  /**
   * The firings that failed for good, the most recently failed first, at most {@code limit}: what
   * administrators look at when a reminder did not go out.
   */
  List<Firing> failed(int limit);

  /** How many firings are in each state that is not final, for the administrators' status. */
  java.util.Map<State, Long> backlog();
}
