package org.slaclocks.jira.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The test database settings: which databases run, and how an unreachable one fails. */
class AoTestDatabaseTest {

  @Test
  void runsAllThreeDatabasesUnlessToldOtherwise() {
    assertThat(Database.selected(Map.of())).containsExactly(Database.values());
    assertThat(Database.selected(Map.of("SLA_TEST_DATABASES", " h2, MariaDB ")))
        .containsExactly(Database.H2, Database.MARIADB);
    assertThatThrownBy(() -> Database.selected(Map.of("SLA_TEST_DATABASES", "oracle")))
        .hasMessageContaining("unknown database 'oracle'");
  }

  @Test
  void anUnreachableServerFailsWithWhatToDo() {
    // Port 9 (discard) on the loopback: nothing listens there on a test machine.
    assertThatThrownBy(
            () ->
                AoTestDatabase.checkReachable(
                    Database.POSTGRESQL,
                    "jdbc:postgresql://127.0.0.1:9/test?connectTimeout=2",
                    "postgres",
                    ""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("PostgreSQL is unreachable at jdbc:postgresql://127.0.0.1:9/test")
        .hasMessageContaining("SLA_TEST_POSTGRES_URL")
        .hasMessageContaining("docs/persistence.md");
  }

  @Test
  void mariaDbNeedsTheFlagThatKeepsAoInItsOwnDatabase() {
    assertThatThrownBy(
            () ->
                AoTestDatabase.checkReachable(
                    Database.MARIADB, "jdbc:mariadb://127.0.0.1:3306/test", "root", ""))
        .hasMessageContaining("nullDatabaseMeansCurrent=true");
  }
}
