package org.slaclocks.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slaclocks.tracking.StoredClock;

/**
 * A condition on stored clock columns: what a store turns into a WHERE clause over its indexes, and
 * what {@link #test} evaluates in memory. A column that is null never satisfies a comparison.
 */
public sealed interface ClockCondition {
  /** True when {@code clock} satisfies the condition. */
  boolean test(StoredClock clock);

  /** The comparisons a condition may make. */
  enum Op {
    EQ("="),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">=");

    private final String sql;

    Op(String sql) {
      this.sql = sql;
    }

    /** The operator as SQL writes it. */
    public String sql() {
      return sql;
    }
  }

  /** {@code column op value}; {@code value} is of the column's type. */
  record Compare(ClockColumn column, Op op, Object value) implements ClockCondition {
    public Compare {
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(value, "value");
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"}) // values of one column share a Comparable type
    public boolean test(StoredClock clock) {
      Object actual = column.valueOf(clock);
      if (actual == null) {
        return false;
      }
      int c = ((Comparable) actual).compareTo(value);
      return switch (op) {
        case EQ -> c == 0;
        case LT -> c < 0;
        case LE -> c <= 0;
        case GT -> c > 0;
        case GE -> c >= 0;
      };
    }
  }

  /** {@code column IN (values)}, or {@code NOT IN} when {@code negated}; values non-empty. */
  record In(ClockColumn column, Set<?> values, boolean negated) implements ClockCondition {
    public In {
      Objects.requireNonNull(column, "column");
      values = Set.copyOf(values);
      if (values.isEmpty()) {
        throw new IllegalArgumentException("values must not be empty");
      }
    }

    @Override
    public boolean test(StoredClock clock) {
      Object actual = column.valueOf(clock);
      return actual != null && values.contains(actual) != negated;
    }
  }

  /** Every part holds; no parts is true. */
  record All(List<ClockCondition> parts) implements ClockCondition {
    public All {
      parts = List.copyOf(parts);
    }

    @Override
    public boolean test(StoredClock clock) {
      for (ClockCondition part : parts) {
        if (!part.test(clock)) {
          return false;
        }
      }
      return true;
    }
  }

  /** Some part holds; no parts is false. */
  record Any(List<ClockCondition> parts) implements ClockCondition {
    public Any {
      parts = List.copyOf(parts);
    }

    @Override
    public boolean test(StoredClock clock) {
      for (ClockCondition part : parts) {
        if (part.test(clock)) {
          return true;
        }
      }
      return false;
    }
  }

  static ClockCondition compare(ClockColumn column, Op op, Object value) {
    return new Compare(column, op, value);
  }

  static ClockCondition all(ClockCondition... parts) {
    List<ClockCondition> flat = new ArrayList<>();
    for (ClockCondition part : parts) {
      if (part instanceof All all) {
        flat.addAll(all.parts());
      } else if (part == null) {
        continue;
      } else {
        flat.add(part);
      }
    }
    return flat.size() == 1 ? flat.get(0) : new All(flat);
  }

  static ClockCondition any(List<ClockCondition> parts) {
    return parts.size() == 1 ? parts.get(0) : new Any(parts);
  }

  /** Never holds. */
  static ClockCondition none() {
    return new Any(List.of());
  }

  /** True when this condition can never hold (an empty alternative). */
  default boolean isNone() {
    return this instanceof Any any && any.parts().isEmpty();
  }
}
