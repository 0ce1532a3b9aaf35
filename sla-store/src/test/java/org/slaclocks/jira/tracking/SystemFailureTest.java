package org.slaclocks.jira.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;
import net.java.ao.ActiveObjectsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which failures pause the whole worker and which are one issue's own. */
class SystemFailureTest {

  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of("an adapter's system failure", new SystemFailure("search down"), true),
        Arguments.of(
            "a system failure wrapped by a caller",
            new IllegalStateException("recompute", new SystemFailure("configuration unreadable")),
            true),
        Arguments.of(
            "the database unreachable, under AO's exception",
            new ActiveObjectsException(
                "x", new SQLTransientConnectionException("Connection refused", "08001")),
            true),
        Arguments.of(
            "a missing table (schema broken for everyone)",
            new ActiveObjectsException("x", new SQLException("relation does not exist", "42P01")),
            true),
        Arguments.of(
            "a pool that hands out no connection (no SQLSTATE)",
            new RuntimeException(new SQLException("Cannot get a connection, pool exhausted")),
            true),
        // The rest concern one issue's rows or code paths: retried, then parked.
        Arguments.of(
            "a value too long for its column (this issue's data)",
            new ActiveObjectsException("x", new SQLException("value too long", "22001")),
            false),
        Arguments.of(
            "a unique key another writer took",
            new ActiveObjectsException("x", new SQLException("duplicate key", "23505")),
            false),
        Arguments.of(
            "a deadlock",
            new ActiveObjectsException("x", new SQLException("deadlock detected", "40P01")),
            false),
        Arguments.of(
            "a store race lost every time",
            new IllegalStateException("issue 7: 3 attempts to store its clocks all lost a race"),
            false),
        Arguments.of(
            "a Jira API mismatch on this issue's path",
            new NoSuchMethodError("com.atlassian.jira.issue.Issue.getLabels()"),
            false),
        Arguments.of("a bug in the engine", new ArithmeticException("/ by zero"), false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void classifiesFailures(String what, Throwable failure, boolean systemLevel) {
    assertThat(SystemFailure.isSystemLevel(failure)).as(what).isEqualTo(systemLevel);
  }

  @Test
  void aCycleOfCausesEndsTheSearch() {
    RuntimeException outer = new RuntimeException("outer");
    RuntimeException inner = new RuntimeException("inner", outer);
    outer.initCause(inner); // a cycle, as some libraries build them

    assertThat(SystemFailure.isSystemLevel(outer)).isFalse();
  }
}
