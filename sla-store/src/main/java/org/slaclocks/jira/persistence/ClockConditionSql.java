package org.slaclocks.jira.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slaclocks.clock.ClockState;
import org.slaclocks.query.ClockColumn;
import org.slaclocks.query.ClockCondition;
import org.slaclocks.query.ClockCondition.Op;

/**
 * A {@link ClockCondition} as one SQL WHERE clause over {@link AoClock}'s columns, every value a
 * bound parameter. Instants and durations are epoch millis and millis in the table; a value with a
 * finer part is rounded the way that keeps the comparison exact on whole milliseconds ({@code x <
 * 5.3} is {@code x < 6}, {@code x <= 5.3} is {@code x <= 5}). A null column satisfies no
 * comparison, in SQL as in {@link ClockCondition#test}. No literal ever appears in the text: Active
 * Objects quotes every word it takes for a column name.
 */
record ClockConditionSql(String where, List<Object> params) {
  /** Always true and always false, written with a column (ISSUE_ID is never null). */
  private static final String TRUE = "ISSUE_ID IS NOT NULL";

  private static final String FALSE = "ISSUE_ID IS NULL";

  ClockConditionSql {
    Objects.requireNonNull(where, "where");
    params = List.copyOf(params);
  }

  static ClockConditionSql of(ClockCondition condition) {
    return of(condition, false);
  }

  /**
   * The condition as SQL; with {@code policyByHash}, a policy is asked of POLICY_HASH (which the
   * indexes hold) instead of POLICY_ID, for tables where every row of the metric has it.
   */
  static ClockConditionSql of(ClockCondition condition, boolean policyByHash) {
    StringBuilder sql = new StringBuilder(128);
    List<Object> params = new ArrayList<>();
    append(condition, sql, params, policyByHash);
    return new ClockConditionSql(sql.toString(), params);
  }

  /** Whether {@code condition} names a policy anywhere. */
  static boolean namesPolicy(ClockCondition condition) {
    if (condition instanceof ClockCondition.Compare c) {
      return c.column() == ClockColumn.POLICY_ID;
    }
    if (condition instanceof ClockCondition.In in) {
      return in.column() == ClockColumn.POLICY_ID;
    }
    List<ClockCondition> parts =
        condition instanceof ClockCondition.All all
            ? all.parts()
            : ((ClockCondition.Any) condition).parts();
    return parts.stream().anyMatch(ClockConditionSql::namesPolicy);
  }

  private static void append(
      ClockCondition condition, StringBuilder sql, List<Object> params, boolean policyByHash) {
    if (condition instanceof ClockCondition.Compare c) {
      compare(hashed(c, policyByHash), sql, params);
    } else if (condition instanceof ClockCondition.In in) {
      in(hashed(in, policyByHash), sql, params);
    } else if (condition instanceof ClockCondition.All all) {
      join(all.parts(), " AND ", TRUE, sql, params, policyByHash);
    } else if (condition instanceof ClockCondition.Any any) {
      join(any.parts(), " OR ", FALSE, sql, params, policyByHash);
    } else {
      throw new IllegalArgumentException("unknown condition " + condition);
    }
  }

  private static void join(
      List<ClockCondition> parts,
      String operator,
      String whenEmpty,
      StringBuilder sql,
      List<Object> params,
      boolean policyByHash) {
    if (parts.isEmpty()) {
      sql.append(whenEmpty);
      return;
    }
    sql.append('(');
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        sql.append(operator);
      }
      append(parts.get(i), sql, params, policyByHash);
    }
    sql.append(')');
  }

  /** A comparison of a policy, asked of its hash: the column's name and value as written. */
  private record Hashed(String column, Op op, Object value) {}

  private static Object hashed(ClockCondition.Compare c, boolean policyByHash) {
    return policyByHash && c.column() == ClockColumn.POLICY_ID
        ? new Hashed("POLICY_HASH", c.op(), PolicyHash.of((String) c.value()))
        : c;
  }

  private static Object hashed(ClockCondition.In in, boolean policyByHash) {
    return policyByHash && in.column() == ClockColumn.POLICY_ID
        ? new HashedIn(
            in.values().stream().map(v -> (Object) PolicyHash.of((String) v)).toList(),
            in.negated())
        : in;
  }

  /** A policy list asked of the hashes. */
  private record HashedIn(List<Object> values, boolean negated) {}

  private static void compare(Object comparison, StringBuilder sql, List<Object> params) {
    if (comparison instanceof Hashed h) {
      sql.append(h.column()).append(' ').append(h.op().sql()).append(" ?");
      params.add(h.value());
      return;
    }
    ClockCondition.Compare c = (ClockCondition.Compare) comparison;
    Object value = c.value();
    long nanosBeyondMillis = finerPart(value);
    Op op = c.op();
    if (nanosBeyondMillis != 0 && op == Op.EQ) {
      sql.append(FALSE); // a whole-millisecond column never equals it
      return;
    }
    boolean up = nanosBeyondMillis != 0 && (op == Op.LT || op == Op.GE);
    sql.append(column(c.column())).append(' ').append(op.sql()).append(" ?");
    params.add(parameter(value, up));
  }

  private static void in(Object list, StringBuilder sql, List<Object> params) {
    List<Object> values = new ArrayList<>();
    String name;
    boolean negated;
    if (list instanceof HashedIn h) {
      values.addAll(h.values());
      name = "POLICY_HASH";
      negated = h.negated();
    } else {
      ClockCondition.In in = (ClockCondition.In) list;
      for (Object value : in.values()) {
        if (finerPart(value) == 0) { // others equal no whole-millisecond column
          values.add(parameter(value, false));
        }
      }
      name = column(in.column());
      negated = in.negated();
    }
    if (values.isEmpty()) {
      // NOT IN nothing still needs a value (SQL's NOT IN is false on null), like the test does.
      sql.append(negated ? name + " IS NOT NULL" : FALSE);
      return;
    }
    values.sort(null);
    List<List<Object>> chunks = Sql.chunks(values);
    sql.append('(');
    for (int i = 0; i < chunks.size(); i++) {
      if (i > 0) {
        sql.append(negated ? " AND " : " OR ");
      }
      List<Object> chunk = chunks.get(i);
      sql.append(name)
          .append(negated ? " NOT IN (" : " IN (")
          .append(Sql.placeholders(chunk.size()))
          .append(')');
      params.addAll(chunk);
    }
    sql.append(')');
  }

  static String column(ClockColumn column) {
    return switch (column) {
      case ISSUE_ID -> "ISSUE_ID";
      case POLICY_ID -> "POLICY_ID";
      case METRIC_ID -> "METRIC_ID";
      case STATE -> "STATE";
      case CALENDAR -> "CALENDAR";
      case GOAL -> "GOAL_MS";
      case ELAPSED -> "ELAPSED_MS";
      case ZERO_AT -> "ZERO_AT";
      case BREACH_AT -> "BREACH_AT";
      case AT_RISK_AT -> "AT_RISK_AT";
      case FIRST_BREACH_AT -> "FIRST_BREACH_AT";
      case COMPLETED_CYCLES -> "COMPLETED_CYCLES";
    };
  }

  /** The nanoseconds of an instant or duration beyond whole milliseconds; 0 for other values. */
  private static long finerPart(Object value) {
    if (value instanceof Instant i) {
      return i.getNano() % 1_000_000;
    }
    if (value instanceof Duration d) {
      return d.getNano() % 1_000_000;
    }
    return 0;
  }

  /** The column's value as bound: millis (rounded down, or up), enum names, numbers, text. */
  private static Object parameter(Object value, boolean roundUp) {
    long extra = roundUp ? 1 : 0;
    if (value instanceof Instant i) {
      return i.toEpochMilli() + extra;
    }
    if (value instanceof Duration d) {
      return d.toMillis() + extra;
    }
    if (value instanceof ClockState state) {
      return state.name();
    }
    if (value instanceof String || value instanceof Long || value instanceof Integer) {
      return value;
    }
    throw new IllegalArgumentException("no column holds a value of " + value.getClass());
  }
}
