package org.slaclocks.jira.tracking;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A failure that is not one issue's own: the configuration cannot be read or parsed, the database
 * or Jira's search is unavailable, a policy's JQL scope cannot be evaluated. Every issue would fail
 * the same way, so the worker pauses and backs off instead of counting attempts against issues and
 * parking them, and resumes by itself once the cause is gone. Adapters throw it with a message that
 * says what an administrator can do; {@link #isSystemLevel} also recognises database failures by
 * the {@link SQLException} in their cause chain.
 */
public final class SystemFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SystemFailure(String message) {
    super(message);
  }

  public SystemFailure(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Whether {@code failure} would hit every issue: a {@code SystemFailure}, or a database failure
   * anywhere in its causes. Database failures about one issue's own rows stay issue-level: SQLSTATE
   * class 22 (a value that does not fit), 23 (a unique key another writer took) and 40 (deadlock,
   * serialization failure: a lost race on that issue, which its retries handle).
   */
  public static boolean isSystemLevel(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof SystemFailure) {
        return true;
      }
      if (t instanceof SQLException sql) {
        return !isAboutOneRow(sql);
      }
    }
    return false;
  }

  private static boolean isAboutOneRow(SQLException failure) {
    for (SQLException e = failure; e != null; e = e.getNextException()) {
      String state = e.getSQLState();
      if (state != null
          && (state.startsWith("22") || state.startsWith("23") || state.startsWith("40"))) {
        return true;
      }
    }
    return false;
  }
}
