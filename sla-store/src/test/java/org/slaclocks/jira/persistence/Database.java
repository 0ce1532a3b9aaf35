package org.slaclocks.jira.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The databases the persistence tests run on, and where to find them: each setting can be
 * overridden by an environment variable (docs/persistence.md). {@code SLA_TEST_DATABASES} picks
 * which ones run (default: all three); a server that cannot be reached fails the tests.
 */
public enum Database {
  H2("H2", "H2", "jdbc:h2:mem:slaclocks;DB_CLOSE_DELAY=-1", "sa", "", "PUBLIC"),
  POSTGRESQL(
      "PostgreSQL", "POSTGRES", "jdbc:postgresql://127.0.0.1:5432/test", "postgres", "", null),
  MARIADB(
      "MariaDB",
      "MARIADB",
      "jdbc:mariadb://127.0.0.1:3306/test?nullDatabaseMeansCurrent=true",
      "root",
      "",
      null);

  private final String displayName;
  private final String envName;
  private final String url;
  private final String user;
  private final String password;
  private final String schema;

  Database(
      String displayName, String envName, String url, String user, String password, String schema) {
    this.displayName = displayName;
    this.envName = envName;
    this.url = url;
    this.user = user;
    this.password = password;
    this.schema = schema;
  }

  public String displayName() {
    return displayName;
  }

  /** {@code SLA_TEST_POSTGRES_URL} and so on. */
  public String variable(String setting) {
    return "SLA_TEST_" + envName + "_" + setting;
  }

  public String url() {
    return setting("URL", url);
  }

  public String user() {
    return setting("USER", user);
  }

  public String password() {
    return setting("PASSWORD", password);
  }

  /** The schema AO works in; H2 2.x needs it named, the others use the connection's default. */
  public String schema() {
    return setting("SCHEMA", schema);
  }

  private String setting(String name, String fallback) {
    String value = System.getenv(variable(name));
    return value == null ? fallback : value;
  }

  /** The databases {@code SLA_TEST_DATABASES} names (comma-separated), all three by default. */
  public static List<Database> selected() {
    return selected(System.getenv());
  }

  static List<Database> selected(Map<String, String> env) {
    String names = env.get("SLA_TEST_DATABASES");
    if (names == null || names.isBlank()) {
      return List.of(values());
    }
    return Arrays.stream(names.split(","))
        .map(String::trim)
        .filter(name -> !name.isEmpty())
        .map(
            name -> {
              try {
                return valueOf(name.toUpperCase(Locale.ROOT));
              } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                    "SLA_TEST_DATABASES: unknown database '"
                        + name
                        + "'; use h2, postgresql, mariadb",
                    e);
              }
            })
        .distinct()
        .toList();
  }
}
