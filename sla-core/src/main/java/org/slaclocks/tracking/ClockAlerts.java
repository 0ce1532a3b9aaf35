package org.slaclocks.tracking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.slaclocks.clock.CycleFacts;
import org.slaclocks.clock.CycleProgress;
import org.slaclocks.policy.AlertRule;

/**
 * When the reminders and escalations of one metric are due on one issue, cycle by cycle.
 *
 * <p>Firing {@code n} of a rule is due in a cycle where the cycle's elapsed working time first
 * reaches {@link AlertRule#threshold} for the goal in effect (the instant {@link
 * CycleProgress#reached} gives, the same question the breach instant answers): never while a pause
 * condition holds, and only strictly before the stop of a stopped cycle. It fires when the rule's
 * {@code when} matches the issue as it is at the due instant. Everything is derived from the
 * cycles, so a recomputed clock (goal changed, calendar changed, clock met) moves or cancels its
 * firings by itself. Nothing is computed until asked.
 */
public final class ClockAlerts {
  private final String metricId;
  private final List<AlertRule> rules;
  private final List<CycleFacts> cycles;
  private final List<CycleProgress> progress;
  private final IssueStates states;

  ClockAlerts(
      String metricId,
      List<AlertRule> rules,
      List<CycleFacts> cycles,
      List<CycleProgress> progress,
      IssueStates states) {
    this.metricId = Objects.requireNonNull(metricId, "metricId");
    this.rules = List.copyOf(rules);
    this.cycles = List.copyOf(cycles);
    this.progress = List.copyOf(progress);
    this.states = states;
    if (cycles.size() != progress.size()) {
      throw new IllegalArgumentException("one progress per cycle");
    }
  }

  public String metricId() {
    return metricId;
  }

  public List<AlertRule> rules() {
    return rules;
  }

  /** Every firing due at or before {@code untilInclusive}, by due instant (then cycle, rule). */
  public List<AlertDue> dueUntil(Instant untilInclusive) {
    return due(null, untilInclusive);
  }

  /**
   * Every firing due from {@code fromInclusive} to {@code untilInclusive}, by due instant (then
   * cycle, rule): what the alert job owes when it last handled the clock at {@code fromInclusive}.
   * The repetitions of a repeating rule before {@code fromInclusive} are skipped, not walked.
   */
  public List<AlertDue> dueBetween(Instant fromInclusive, Instant untilInclusive) {
    return due(fromInclusive.minusNanos(1), untilInclusive);
  }

  /** The firings due after {@code afterExclusive} (null: from the first) up to the end. */
  private List<AlertDue> due(Instant afterExclusive, Instant untilInclusive) {
    List<AlertDue> out = new ArrayList<>();
    for (int c = 0; c < cycles.size(); c++) {
      for (AlertRule rule : rules) {
        int first = afterExclusive == null ? 1 : firstOccurrenceAfter(c, rule, afterExclusive);
        for (int n = first; n > 0 && (n == first || rule.isRepeating()); n++) {
          Instant due = due(c, rule, n);
          if (due == null || due.isAfter(untilInclusive)) {
            break;
          }
          if (matches(rule, due)) {
            out.add(firing(c, rule, n, due));
          }
        }
      }
    }
    out.sort(ORDER);
    return out;
  }

  /**
   * Firing {@code triggerId} ({@code id} or {@code id#n}) of cycle {@code cycleIndex} as the clock
   * stands now: null when it is not due at all any more (the rule is gone, the cycle stopped before
   * it, the issue no longer matches the rule's {@code when} at its due instant). Its due instant
   * may have moved since it was planned.
   */
  public AlertDue find(int cycleIndex, String triggerId) {
    int hash = triggerId.indexOf('#');
    String ruleId = hash < 0 ? triggerId : triggerId.substring(0, hash);
    int occurrence;
    try {
      occurrence = hash < 0 ? 1 : Integer.parseInt(triggerId.substring(hash + 1));
    } catch (NumberFormatException e) {
      return null;
    }
    for (AlertRule rule : rules) {
      if (!rule.id().equals(ruleId) || occurrence < 1 || (occurrence > 1 && !rule.isRepeating())) {
        continue;
      }
      for (int c = 0; c < cycles.size(); c++) {
        if (cycles.get(c).index() != cycleIndex) {
          continue;
        }
        Instant due = due(c, rule, occurrence);
        return due != null && matches(rule, due) ? firing(c, rule, occurrence, due) : null;
      }
    }
    return null;
  }

  /**
   * For each rule and cycle, its first firing due after {@code afterExclusive} (on an issue that
   * then matches its {@code when}), by due instant: what is still to come if nothing changes.
   */
  public List<AlertDue> upcoming(Instant afterExclusive) {
    List<AlertDue> out = new ArrayList<>();
    for (int c = 0; c < cycles.size(); c++) {
      for (AlertRule rule : rules) {
        AlertDue next = firstAfter(c, rule, afterExclusive);
        if (next != null) {
          out.add(next);
        }
      }
    }
    out.sort(ORDER);
    return out;
  }

  /** The clock's next trigger after {@code afterExclusive}; null when none is to come. */
  public AlertDue next(Instant afterExclusive) {
    List<AlertDue> upcoming = upcoming(afterExclusive);
    return upcoming.isEmpty() ? null : upcoming.get(0);
  }

  private static final Comparator<AlertDue> ORDER =
      Comparator.comparing(AlertDue::dueAt)
          .thenComparingInt(AlertDue::cycleIndex)
          .thenComparingInt(AlertDue::occurrence);

  private AlertDue firstAfter(int c, AlertRule rule, Instant after) {
    int n = firstOccurrenceAfter(c, rule, after);
    while (n > 0) {
      Instant due = due(c, rule, n);
      if (due == null) {
        return null;
      }
      if (matches(rule, due)) {
        return firing(c, rule, n, due);
      }
      // from the last change on the issue stays as it is: a later firing would not match either
      if (!rule.isRepeating() || !due.isBefore(states.lastChange())) {
        return null;
      }
      n++;
    }
    return null;
  }

  /**
   * The first occurrence due after {@code after}, 0 when none. Due instants grow with the
   * occurrence (a higher threshold is reached no earlier), so a repeating rule's is searched for:
   * doubling, then halving.
   */
  private int firstOccurrenceAfter(int c, AlertRule rule, Instant after) {
    if (isAfter(due(c, rule, 1), after)) {
      return 1;
    }
    if (due(c, rule, 1) == null || !rule.isRepeating()) {
      return 0;
    }
    int done = 1; // due at or before after
    int step = 1;
    int ahead;
    while (true) {
      ahead = done + step;
      Instant due = due(c, rule, ahead);
      if (due == null) {
        break;
      }
      if (due.isAfter(after)) {
        break;
      }
      done = ahead;
      step = Math.min(step * 2, 1 << 20);
    }
    while (ahead - done > 1) {
      int mid = done + (ahead - done) / 2;
      Instant due = due(c, rule, mid);
      if (due != null && !due.isAfter(after)) {
        done = mid;
      } else {
        ahead = mid;
      }
    }
    return isAfter(due(c, rule, ahead), after) ? ahead : 0;
  }

  private static boolean isAfter(Instant due, Instant after) {
    return due != null && due.isAfter(after);
  }

  private Instant due(int c, AlertRule rule, int occurrence) {
    return progress.get(c).reached(goal -> rule.threshold(goal, occurrence));
  }

  private boolean matches(AlertRule rule, Instant due) {
    return rule.when().valuesByField().isEmpty() || rule.when().matches(states.at(due));
  }

  private AlertDue firing(int c, AlertRule rule, int n, Instant due) {
    CycleFacts cycle = cycles.get(c);
    return new AlertDue(metricId, cycle.index(), rule, n, due, cycle.goal().calendar());
  }
}
