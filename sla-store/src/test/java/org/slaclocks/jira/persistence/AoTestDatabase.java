package org.slaclocks.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;
import net.java.ao.builder.EntityManagerBuilderWithUrlAndUsernameAndPassword;

/**
 * The app's tables on one real database under a table prefix of their own ({@code AO_} and six
 * random hex digits, Jira's form), so that runs never meet: everything here touches only tables
 * with that prefix (AO's schema configuration filters every migration by it), and {@link #close}
 * drops them. Several {@link #newNode nodes} can share the tables, like a Jira cluster.
 */
public final class AoTestDatabase implements AutoCloseable {
  private final Database database;
  private final String prefix;
  private final List<EntityManager> nodes = new ArrayList<>();
  private final ActiveObjects activeObjects;
  private boolean schemaChanged;

  private AoTestDatabase(Database database, String prefix) {
    this.database = database;
    this.prefix = prefix;
    this.activeObjects = newNode();
  }

  /**
   * Connects to {@code database} with a new random prefix and creates the current schema.
   *
   * @throws IllegalStateException with what to do, when the server cannot be reached
   */
  public static AoTestDatabase open(Database database) {
    String prefix =
        "AO_"
            + HexFormat.of()
                .withUpperCase()
                .toHexDigits(ThreadLocalRandom.current().nextInt(0x1000000))
                .substring(2)
            + "_";
    checkReachable(database, database.url(), database.user(), database.password());
    AoTestDatabase db = new AoTestDatabase(database, prefix);
    db.migrateCurrentSchema();
    return db;
  }

  /** Fails with what to do when {@code database} cannot be reached at {@code url}. */
  static void checkReachable(Database database, String url, String user, String password) {
    if (database == Database.MARIADB && !url.contains("nullDatabaseMeansCurrent=true")) {
      throw new IllegalStateException(
          database.variable("URL")
              + " must contain nullDatabaseMeansCurrent=true (AO reads other databases' tables"
              + " otherwise), was "
              + url);
    }
    DriverManager.setLoginTimeout(5);
    try (Connection connection = DriverManager.getConnection(url, user, password)) {
      connection.getMetaData(); // reachable
    } catch (SQLException e) {
      throw new IllegalStateException(
          database.displayName()
              + " is unreachable at "
              + url
              + " as user '"
              + user
              + "': "
              + e.getMessage()
              + ". Start it, or point "
              + database.variable("URL")
              + ", "
              + database.variable("USER")
              + " and "
              + database.variable("PASSWORD")
              + " at a running server, or leave it out of SLA_TEST_DATABASES"
              + " (see docs/persistence.md).",
          e);
    }
  }

  /** Another node: its own EntityManager and pool over the same tables. */
  public ActiveObjects newNode() {
    EntityManagerBuilderWithUrlAndUsernameAndPassword builder =
        EntityManagerBuilder.url(database.url())
            .username(database.user())
            .password(database.password());
    if (database.schema() != null) {
      builder = builder.schema(database.schema());
    }
    String upperPrefix = prefix.toUpperCase(Locale.ROOT);
    EntityManager em =
        builder
            .dbcp()
            .tableNameConverter(new AtlassianTableNameConverter(name -> prefix + name))
            .fieldNameConverter(new AtlassianFieldNameConverter())
            .sequenceNameConverter(new AtlassianSequenceNameConverter())
            .triggerNameConverter(new AtlassianTriggerNameConverter())
            .indexNameConverter(new AtlassianIndexNameConverter())
            .uniqueNameConverter(new AtlassianUniqueNameConverter())
            // Like Jira's PrefixedSchemaConfiguration: AO creates, alters and drops only these.
            .schemaConfiguration(
                (table, caseSensitive) -> table.toUpperCase(Locale.ROOT).startsWith(upperPrefix))
            .build();
    synchronized (nodes) {
      nodes.add(em);
    }
    return new EntityManagerActiveObjects(em);
  }

  public Database database() {
    return database;
  }

  public String prefix() {
    return prefix;
  }

  public ActiveObjects activeObjects() {
    return activeObjects;
  }

  /** The table's name in the database. */
  public String tableName(Class<? extends RawEntity<?>> entity) {
    return nodes.get(0).getNameConverters().getTableNameConverter().getName(entity);
  }

  /** A plain JDBC connection to the same database, for looking at the schema. */
  public Connection connection() throws SQLException {
    return DriverManager.getConnection(database.url(), database.user(), database.password());
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of the entity classes
  private void migrateCurrentSchema() {
    activeObjects.migrate(AoSchema.entities().toArray(new Class[0]));
  }

  /** Drops every table with this prefix: a test that builds an older schema starts here. */
  @SuppressWarnings("unchecked") // generic varargs
  public void dropTables() {
    schemaChanged = true;
    activeObjects.migrateDestructively();
  }

  /** Before each test: empty tables of the current schema, rebuilt if a test changed it. */
  @SuppressWarnings("unchecked")
  public void reset() {
    if (schemaChanged) {
      activeObjects.migrateDestructively();
      migrateCurrentSchema();
      schemaChanged = false;
    }
    for (Class<? extends RawEntity<?>> entity : AoSchema.entities()) {
      empty(entity);
    }
  }

  /** Deletes every row of {@code entity}'s table. */
  @SuppressWarnings({"unchecked", "rawtypes"}) // AO's signature wants the key type
  public void empty(Class<? extends RawEntity<?>> entity) {
    activeObjects.deleteWithSQL((Class) entity, null);
  }

  @Override
  @SuppressWarnings("unchecked") // generic varargs
  public void close() {
    try {
      activeObjects.migrateDestructively();
    } finally {
      synchronized (nodes) {
        for (EntityManager em : nodes) {
          em.getProvider().dispose();
        }
        nodes.clear();
      }
    }
  }
}
