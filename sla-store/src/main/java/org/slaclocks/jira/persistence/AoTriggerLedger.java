package org.slaclocks.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import net.java.ao.schema.StringLength;
import org.slaclocks.tracking.TriggerLedger;

/**
 * The trigger ledger in {@link AoTriggerFiring}. The unique {@code FIRING_KEY} decides which node
 * fires: the first insert wins, the others fail and report "already fired". Call it outside any
 * other transaction: on PostgreSQL a failed insert spoils the transaction it runs in.
 */
public final class AoTriggerLedger implements TriggerLedger {
  private static final int KEY_LIMIT = 255;

  private final ActiveObjects ao;

  public AoTriggerLedger(ActiveObjects ao) {
    this.ao = ao;
  }

  @Override
  public boolean recordFirst(Firing firing) {
    if (firing.triggerId().length() > StringLength.MAX_LENGTH || firing.metricId().length() > 255) {
      throw new IllegalArgumentException(
          "triggerId must be at most 450 and metricId 255 characters: " + firing);
    }
    String key = key(firing);
    if (exists(key)) {
      return false;
    }
    Map<String, Object> row = new HashMap<>();
    row.put("FIRING_KEY", key);
    row.put("ISSUE_ID", firing.issueId());
    row.put("METRIC_ID", firing.metricId());
    row.put("CYCLE_INDEX", firing.cycleIndex());
    row.put("TRIGGER_ID", firing.triggerId());
    row.put("FIRED_AT", firing.firedAt().toEpochMilli());
    row.put("OUTCOME", Sql.truncate(firing.outcome(), 450));
    try {
      ao.executeInTransaction(
          () -> {
            ao.create(AoTriggerFiring.class, List.of(row));
            return null;
          });
      return true;
    } catch (RuntimeException e) {
      if (exists(key)) {
        return false; // another node recorded it between our check and our insert
      }
      throw e;
    }
  }

  private boolean exists(String key) {
    return ao.count(AoTriggerFiring.class, "FIRING_KEY = ?", key) > 0;
  }

  /** Issue, metric, cycle and trigger; hashed when longer than the column. */
  static String key(Firing firing) {
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

  @Override
  public List<Firing> firings(long issueId) {
    List<Firing> firings = new ArrayList<>();
    ao.stream(
        AoTriggerFiring.class,
        Query.select("ID,ISSUE_ID,METRIC_ID,CYCLE_INDEX,TRIGGER_ID,FIRED_AT,OUTCOME")
            .where("ISSUE_ID = ?", issueId)
            .order("FIRED_AT, ID"),
        row ->
            firings.add(
                new Firing(
                    row.getIssueId(),
                    row.getMetricId(),
                    row.getCycleIndex(),
                    row.getTriggerId(),
                    Instant.ofEpochMilli(row.getFiredAt()),
                    row.getOutcome() == null ? "" : row.getOutcome())));
    return firings;
  }
}
