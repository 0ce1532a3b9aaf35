package org.slaclocks.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import net.java.ao.Query;
import net.java.ao.schema.StringLength;
import org.slaclocks.tracking.TriggerLedger.Planned;
import org.slaclocks.tracking.TriggerLedger.State;

/**
 * Plans firings in {@link AoTriggerFiring}: inserts in bulk (1000 rows a transaction) the rows
 * whose {@code FIRING_KEY} is not there yet. The unique key keeps a firing that two nodes plan at
 * once to one row: the node whose insert fails rolls back its own transaction, reads which keys are
 * there now and inserts the rest; after {@value #PLAN_ROUNDS} rounds, one row per transaction.
 */
final class FiringPlans {
  private static final int KEY_LIMIT = 255;
  private static final int PLAN_ROUNDS = 5;

  private final ActiveObjects ao;

  FiringPlans(ActiveObjects ao) {
    this.ao = ao;
  }

  int plan(List<Planned> firings, Instant now) {
    Objects.requireNonNull(now, "now");
    Map<String, Planned> byKey = new LinkedHashMap<>();
    for (Planned firing : firings) {
      check(firing);
      byKey.putIfAbsent(key(firing), firing);
    }
    int added = 0;
    for (List<String> chunk : Sql.chunks(byKey.keySet())) {
      added += planChunk(chunk, byKey, now);
    }
    return added;
  }

  private static void check(Planned firing) {
    if (firing.triggerId().length() > StringLength.MAX_LENGTH) {
      throw new IllegalArgumentException(
          "a trigger id is at most 450 characters, was " + firing.triggerId().length());
    }
    if (firing.metricId().length() > 255) {
      throw new IllegalArgumentException(
          "a metric id is at most 255 characters, was " + firing.metricId().length());
    }
  }

  private int planChunk(List<String> keys, Map<String, Planned> byKey, Instant now) {
    for (int round = 1; round <= PLAN_ROUNDS; round++) {
      List<Map<String, Object>> rows = new ArrayList<>();
      Set<String> present = present(keys);
      for (String key : keys) {
        if (!present.contains(key)) {
          rows.add(row(key, byKey.get(key), now));
        }
      }
      if (rows.isEmpty()) {
        return 0;
      }
      try {
        ao.executeInTransaction(
            () -> {
              ao.create(AoTriggerFiring.class, rows);
              return null;
            });
        return rows.size();
      } catch (RuntimeException e) {
        // Rolled back: another node planned some of the same firings since we looked.
        if (!Sql.isContention(e)) {
          throw e;
        }
      }
    }
    // Still racing: one by one, each in its own transaction.
    int added = 0;
    for (String key : keys) {
      if (present(List.of(key)).isEmpty()) {
        try {
          ao.executeInTransaction(
              () -> {
                ao.create(AoTriggerFiring.class, List.of(row(key, byKey.get(key), now)));
                return null;
              });
          added++;
        } catch (RuntimeException e) {
          if (!Sql.isContention(e)) {
            throw e;
          }
        }
      }
    }
    return added;
  }

  private Set<String> present(List<String> keys) {
    Set<String> present = new HashSet<>();
    ao.stream(
        AoTriggerFiring.class,
        Query.select("ID,FIRING_KEY")
            .where("FIRING_KEY IN (" + Sql.placeholders(keys.size()) + ")", keys.toArray()),
        row -> present.add(row.getFiringKey()));
    return present;
  }

  private static Map<String, Object> row(String key, Planned firing, Instant now) {
    Map<String, Object> row = new HashMap<>();
    row.put("FIRING_KEY", key);
    row.put("ISSUE_ID", firing.issueId());
    row.put("METRIC_ID", firing.metricId());
    row.put("CYCLE_INDEX", firing.cycleIndex());
    row.put("TRIGGER_ID", firing.triggerId());
    row.put("DUE_AT", firing.dueAt().toEpochMilli());
    row.put("STATE", State.PENDING.name());
    row.put("ATTEMPTS", 0);
    row.put("UPDATED_AT", now.toEpochMilli());
    return row;
  }

  /** Issue, metric, cycle and trigger; hashed when longer than the column. */
  static String key(Planned firing) {
    String key =
        firing.issueId()
            + "|"
            + firing.metricId()
            + "|"
            + firing.cycleIndex()
            + "|"
            + firing.triggerId();
    if (key.length() <= KEY_LIMIT) {
      return key;
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
