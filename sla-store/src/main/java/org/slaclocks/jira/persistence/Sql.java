package org.slaclocks.jira.persistence;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Small helpers for the SQL fragments the repositories hand to Active Objects. */
final class Sql {
  /** The most values an {@code IN (...)} list may hold: Oracle's limit, kept on every database. */
  static final int IN_LIMIT = 1000;

  private Sql() {}

  /** {@code "?,?,?"} for {@code n} values. */
  static String placeholders(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("an IN list needs at least one value");
    }
    StringBuilder sql = new StringBuilder(2 * n);
    for (int i = 0; i < n; i++) {
      sql.append(i == 0 ? "?" : ",?");
    }
    return sql.toString();
  }

  /** {@code values} in chunks of at most {@link #IN_LIMIT}, in their order. */
  static <T> List<List<T>> chunks(Collection<T> values) {
    return chunks(values, IN_LIMIT);
  }

  static <T> List<List<T>> chunks(Collection<T> values, int size) {
    List<List<T>> chunks = new ArrayList<>();
    List<T> chunk = new ArrayList<>(Math.min(size, values.size()));
    for (T value : values) {
      chunk.add(value);
      if (chunk.size() == size) {
        chunks.add(chunk);
        chunk = new ArrayList<>(size);
      }
    }
    if (!chunk.isEmpty()) {
      chunks.add(chunk);
    }
    return chunks;
  }

  /** Parameters: {@code head} followed by {@code values}. */
  static Object[] params(Collection<?> values, Object... head) {
    Object[] params = new Object[head.length + values.size()];
    System.arraycopy(head, 0, params, 0, head.length);
    int i = head.length;
    for (Object value : values) {
      params[i++] = value;
    }
    return params;
  }

  /**
   * Whether {@code failure} comes from the database refusing a write because of another
   * transaction: SQLSTATE class 23 (a unique key another writer took first) or 40 (deadlock,
   * serialization failure), the same on every database.
   */
  static boolean isContention(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        for (SQLException e = sql; e != null; e = e.getNextException()) {
          String state = e.getSQLState();
          if (state != null && (state.startsWith("23") || state.startsWith("40"))) {
            return true;
          }
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
