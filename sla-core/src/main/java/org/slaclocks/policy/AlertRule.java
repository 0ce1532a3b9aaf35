package org.slaclocks.policy;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slaclocks.clock.Goal;

/**
 * A reminder before a breach, or an escalation at or after it, of one metric. It is due when a
 * cycle's elapsed working time reaches its {@link #threshold} for the goal in effect (so a goal
 * change moves it as it moves the breach), on issues that match {@code when} at that instant, and
 * then does its {@code actions}.
 *
 * <p>Invariants: {@code id} is letters, digits, {@code -}, {@code _} and {@code .} (the ledger
 * names the n-th firing of a repeating rule {@code id#n}); a reminder has level 0, no repetition
 * and a threshold before the breach; an escalation has level 1 to 4 and an {@link AfterBreach}
 * threshold; {@code every}, when set, is at least a minute (the job runs once a minute); there is
 * at least one action.
 */
public record AlertRule(
    String id,
    Kind kind,
    Threshold threshold,
    int level,
    Duration every,
    Criteria when,
    List<AlertAction> actions) {

  /** Escalation levels run from the team lead (1) up. */
  public static final int MIN_LEVEL = 1;

  public static final int MAX_LEVEL = 4;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]+");

  /** Reminders come before the breach; escalations at it or after. */
  public enum Kind {
    REMINDER,
    ESCALATION
  }

  /** Where in a cycle a rule is due, as elapsed working time for a goal. */
  public sealed interface Threshold {
    /** The elapsed working time at which it is due for {@code goal}; null when it has none. */
    Duration of(Goal goal);

    /** For people: {@code 1h before the breach}. */
    String describe();
  }

  /** {@code before} ahead of the breach: at the goal minus {@code before}, if that is positive. */
  public record BeforeBreach(Duration before) implements Threshold {
    public BeforeBreach {
      requirePositive(before, "before");
    }

    public Duration of(Goal goal) {
      Duration at = goal.target().minus(before);
      return at.isNegative() || at.isZero() ? null : at;
    }

    public String describe() {
      return Durations.format(before) + " before the breach";
    }
  }

  /** When {@code percent} of the goal is used (1 to 99). */
  public record PercentOfGoal(int percent) implements Threshold {
    public PercentOfGoal {
      if (percent < 1 || percent > 99) {
        throw new IllegalArgumentException("percent must be 1 to 99, was " + percent);
      }
    }

    public Duration of(Goal goal) {
      return goal.target().multipliedBy(percent).dividedBy(100);
    }

    public String describe() {
      return percent + "% of the goal";
    }
  }

  /** At the goal's internal target; goals without one have no such reminder. */
  public record InternalTarget() implements Threshold {
    public Duration of(Goal goal) {
      return goal.internalTarget();
    }

    public String describe() {
      return "the internal target";
    }
  }

  /** {@code after} past the breach ({@code 0s}: at the breach). */
  public record AfterBreach(Duration after) implements Threshold {
    public AfterBreach {
      Objects.requireNonNull(after, "after");
      if (after.isNegative()) {
        throw new IllegalArgumentException("after must not be negative, was " + after);
      }
    }

    public Duration of(Goal goal) {
      return goal.target().plus(after);
    }

    public String describe() {
      return after.isZero() ? "the breach" : Durations.format(after) + " after the breach";
    }
  }

  public AlertRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(when, "when");
    actions = List.copyOf(actions);
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "id must be letters, digits, '-', '_' and '.', was '" + id + "'");
    }
    if (kind == Kind.REMINDER) {
      if (level != 0 || every != null || threshold instanceof AfterBreach) {
        throw new IllegalArgumentException(
            "a reminder comes before the breach, once, without a level: " + id);
      }
    } else if (level < MIN_LEVEL || level > MAX_LEVEL || !(threshold instanceof AfterBreach)) {
      throw new IllegalArgumentException(
          "an escalation has level 1 to 4 and comes at or after the breach: " + id);
    }
    if (every != null && every.compareTo(Duration.ofMinutes(1)) < 0) {
      throw new IllegalArgumentException("every must be at least 1m, was " + every);
    }
    if (actions.isEmpty()) {
      throw new IllegalArgumentException("a reminder or escalation needs an action: " + id);
    }
  }

  public boolean isRepeating() {
    return every != null;
  }

  /**
   * The elapsed working time at which firing {@code occurrence} (1, 2, ...; above 1 only for a
   * repeating rule) is due for {@code goal}; null when the goal gives none.
   */
  public Duration threshold(Goal goal, int occurrence) {
    if (occurrence < 1 || (occurrence > 1 && every == null)) {
      throw new IllegalArgumentException("no occurrence " + occurrence + " of " + id);
    }
    Duration first = threshold.of(goal);
    return first == null || occurrence == 1
        ? first
        : first.plus(every.multipliedBy(occurrence - 1L));
  }

  /** The ledger's name of a firing: the id, then {@code id#2}, {@code id#3} for repetitions. */
  public String triggerId(int occurrence) {
    return occurrence == 1 ? id : id + "#" + occurrence;
  }

  /** For people: {@code escalation level 2 at 2h after the breach, every 4h (priority Highest)}. */
  public String describe() {
    String what = kind == Kind.REMINDER ? "reminder at " : "escalation level " + level + " at ";
    return what
        + threshold.describe()
        + (every == null ? "" : ", every " + Durations.format(every))
        + (when.valuesByField().isEmpty() ? "" : " (" + when.describe() + ")");
  }

  /** The actions in one line: {@code email assignee; add label escalated}. */
  public String describeActions() {
    return actions.stream().map(AlertAction::describe).collect(Collectors.joining("; "));
  }

  private static void requirePositive(Duration d, String field) {
    Objects.requireNonNull(d, field);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(field + " must be longer than zero, was " + d);
    }
  }
}
