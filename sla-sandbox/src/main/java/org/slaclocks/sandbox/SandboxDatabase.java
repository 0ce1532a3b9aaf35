package org.slaclocks.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Locale;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;
import org.slaclocks.jira.persistence.AoCycle;
import org.slaclocks.jira.persistence.AoCycleSum;
import org.slaclocks.jira.persistence.AoSchema;
import org.slaclocks.jira.persistence.CycleSumsUpgrade;
import org.slaclocks.jira.persistence.EntityManagerActiveObjects;

/**
 * The app's Active Objects tables in an H2 file of the data directory, named as in Jira ({@code
 * AO_xxxxxx_CLOCK}, ...) and created from the app's own model ({@link AoSchema}). One sandbox at a
 * time may open a data directory: H2 locks the file.
 */
public final class SandboxDatabase implements AutoCloseable {
  /** The app's plugin key, from which Jira's AO derives the table prefix. */
  static final String PLUGIN_KEY = "org.slaclocks.sla-clocks";

  /** {@code AO_} and the last six hex digits of the MD5 of the plugin key, upper case. */
  static final String TABLE_PREFIX = tablePrefix(PLUGIN_KEY);

  private final Path file;
  private final EntityManager entityManager;
  private final ActiveObjects activeObjects;

  private SandboxDatabase(Path file, EntityManager entityManager) {
    this.file = file;
    this.entityManager = entityManager;
    this.activeObjects = new EntityManagerActiveObjects(entityManager);
  }

  /**
   * Opens (or creates) the database in {@code dataDirectory} and brings its tables to the app's
   * current model, as the AO plugin does when the app is enabled.
   *
   * @throws IllegalStateException with what to do, when the directory cannot be used or another
   *     sandbox has the database open
   */
  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of the entity classes
  public static SandboxDatabase open(Path dataDirectory) {
    try {
      Files.createDirectories(dataDirectory);
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot create the data directory " + dataDirectory + ": " + e.getMessage(), e);
    }
    Path file = dataDirectory.toAbsolutePath().resolve("sla-sandbox");
    String url = "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE";
    checkUsable(url, dataDirectory);
    String upperPrefix = TABLE_PREFIX.toUpperCase(Locale.ROOT);
    EntityManager em =
        EntityManagerBuilder.url(url)
            .username("sa")
            .password("")
            .schema("PUBLIC")
            .dbcp()
            .tableNameConverter(new AtlassianTableNameConverter(name -> TABLE_PREFIX + name))
            .fieldNameConverter(new AtlassianFieldNameConverter())
            .sequenceNameConverter(new AtlassianSequenceNameConverter())
            .triggerNameConverter(new AtlassianTriggerNameConverter())
            .indexNameConverter(new AtlassianIndexNameConverter())
            .uniqueNameConverter(new AtlassianUniqueNameConverter())
            .schemaConfiguration(
                (table, caseSensitive) -> table.toUpperCase(Locale.ROOT).startsWith(upperPrefix))
            .build();
    SandboxDatabase database = new SandboxDatabase(file, em);
    database.activeObjects.migrate(AoSchema.entities().toArray(new Class[0]));
    database.sumStoppedCycles();
    return database;
  }

  /**
   * A data directory of a sandbox before model version 7 has cycle rows without their monthly sums:
   * they are summed as the upgrade task sums them in Jira (the sandbox keeps no model version of
   * its own, so it looks for the case itself).
   */
  private void sumStoppedCycles() {
    boolean[] found = new boolean[2];
    activeObjects.stream(AoCycleSum.class, Query.select("ID").limit(1), row -> found[0] = true);
    activeObjects.stream(
        AoCycle.class,
        Query.select("ID").where("STOP_AT IS NOT NULL").limit(1),
        row -> found[1] = true);
    if (!found[0] && found[1]) {
      CycleSumsUpgrade.fill(activeObjects);
    }
  }

  private static void checkUsable(String url, Path dataDirectory) {
    try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
      connection.getMetaData();
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot open the sandbox database in "
              + dataDirectory
              + " (is another `sla serve` using it? give it another --data DIR): "
              + e.getMessage(),
          e);
    }
  }

  public ActiveObjects activeObjects() {
    return activeObjects;
  }

  /** The database file (without H2's {@code .mv.db} suffix). */
  public Path file() {
    return file;
  }

  /** The table's name in the database, e.g. {@code AO_6C4C7A_CLOCK}. */
  public String tableName(Class<? extends RawEntity<?>> entity) {
    return entityManager.getNameConverters().getTableNameConverter().getName(entity);
  }

  static String tablePrefix(String pluginKey) {
    try {
      byte[] digest =
          MessageDigest.getInstance("MD5").digest(pluginKey.getBytes(StandardCharsets.UTF_8));
      String hex = HexFormat.of().withUpperCase().formatHex(digest);
      return "AO_" + hex.substring(hex.length() - 6) + "_";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has MD5", e);
    }
  }

  @Override
  public void close() {
    entityManager.getProvider().dispose();
  }
}
