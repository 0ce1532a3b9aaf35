package org.slaclocks.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import net.java.ao.ActiveObjectsException;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

/**
 * A real {@link ActiveObjects} over a real AO {@link EntityManager}, as Jira's AO plugin provides
 * one: every call delegates, SQL exceptions become runtime exceptions, and {@link
 * #executeInTransaction} joins a transaction already open on the thread (as SAL's
 * TransactionTemplate does in Jira). Transactions are READ COMMITTED, Jira's isolation.
 */
@SuppressWarnings("unchecked") // generic varargs, as declared by ActiveObjects
public final class EntityManagerActiveObjects implements ActiveObjects {
  static {
    // AO's own Transaction defaults to SERIALIZABLE; Jira runs READ COMMITTED.
    if (System.getProperty("ao.transaction.isolation.level") == null) {
      System.setProperty("ao.transaction.isolation.level", "TRANSACTION_READ_COMMITTED");
    }
  }

  private final EntityManager em;
  private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);

  public EntityManagerActiveObjects(EntityManager em) {
    this.em = em;
  }

  public EntityManager entityManager() {
    return em;
  }

  @FunctionalInterface
  private interface SqlCall<T> {
    T call() throws SQLException;
  }

  private static <T> T sql(SqlCall<T> call) {
    try {
      return call.call();
    } catch (SQLException e) {
      throw new ActiveObjectsException(e.getMessage(), e);
    }
  }

  @Override
  public void migrate(Class<? extends RawEntity<?>>... entities) {
    sql(
        () -> {
          em.migrate(entities);
          return null;
        });
  }

  @Override
  public void migrateDestructively(Class<? extends RawEntity<?>>... entities) {
    sql(
        () -> {
          em.migrateDestructively(entities);
          return null;
        });
  }

  @Override
  @SuppressWarnings("deprecation") // still part of ActiveObjects
  public void flushAll() {
    em.flushAll();
  }

  @Override
  @SuppressWarnings("deprecation") // still part of ActiveObjects
  public void flush(RawEntity<?>... entities) {
    em.flush(entities);
  }

  @Override
  public <T extends RawEntity<K>, K> T[] get(Class<T> type, K... keys) {
    return sql(() -> em.get(type, keys));
  }

  @Override
  public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
    return sql(() -> em.get(type, key));
  }

  @Override
  public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
    return sql(() -> em.create(type, params));
  }

  @Override
  public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
    return sql(() -> em.create(type, params));
  }

  @Override
  public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
    sql(
        () -> {
          em.create(type, rows);
          return null;
        });
  }

  @Override
  public void delete(RawEntity<?>... entities) {
    sql(
        () -> {
          em.delete(entities);
          return null;
        });
  }

  @Override
  public <K> int deleteWithSQL(
      Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
    return sql(() -> em.deleteWithSQL(type, criteria, parameters));
  }

  @Override
  public <T extends RawEntity<K>, K> T[] find(Class<T> type) {
    return sql(() -> em.find(type));
  }

  @Override
  public <T extends RawEntity<K>, K> T[] find(
      Class<T> type, String criteria, Object... parameters) {
    return sql(() -> em.find(type, criteria, parameters));
  }

  @Override
  public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
    return sql(() -> em.find(type, query));
  }

  @Override
  public <T extends RawEntity<K>, K> T[] find(Class<T> type, String field, Query query) {
    return sql(() -> em.find(type, field, query));
  }

  @Override
  public <T extends RawEntity<K>, K> T[] findWithSQL(
      Class<T> type, String keyField, String sql, Object... parameters) {
    return sql(() -> em.findWithSQL(type, keyField, sql, parameters));
  }

  @Override
  public <T extends RawEntity<K>, K> void stream(
      Class<T> type, EntityStreamCallback<T, K> callback) {
    sql(
        () -> {
          em.stream(type, callback);
          return null;
        });
  }

  @Override
  public <T extends RawEntity<K>, K> void stream(
      Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
    sql(
        () -> {
          em.stream(type, query, callback);
          return null;
        });
  }

  @Override
  public <K> int count(Class<? extends RawEntity<K>> type) {
    return sql(() -> em.count(type));
  }

  @Override
  public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
    return sql(() -> em.count(type, criteria, parameters));
  }

  @Override
  public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
    return sql(() -> em.count(type, query));
  }

  @Override
  public <T> T executeInTransaction(TransactionCallback<T> callback) {
    if (inTransaction.get()) {
      return callback.doInTransaction();
    }
    inTransaction.set(true);
    try {
      return sql(
          () ->
              new Transaction<T>(em) {
                @Override
                protected T run() {
                  return callback.doInTransaction();
                }
              }.execute());
    } finally {
      inTransaction.remove();
    }
  }
}
