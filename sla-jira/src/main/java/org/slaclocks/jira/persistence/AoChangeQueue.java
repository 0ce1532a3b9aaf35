package org.slaclocks.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import net.java.ao.Query;
import org.slaclocks.tracking.ChangeQueue;

/**
 * The change queue in {@link AoChange} (entries) and {@link AoQueueClaim} (one row per issue being
 * processed, failed or parked).
 *
 * <p>Active Objects has no conditional update, so a claim is an insert under a unique issue id:
 * when two nodes claim the same issue at once, one insert fails, that node's claim transaction
 * rolls back, and it reads the claims again and takes what is left. Correctness does not rest on
 * the claims (the clock store checks versions); they keep nodes from doing the same work.
 */
public final class AoChangeQueue implements ChangeQueue {
  private static final int SCAN_PAGES = 5;
  private static final int CLAIM_TRIES = 3;

  private final ActiveObjects ao;

  public AoChangeQueue(ActiveObjects ao) {
    this.ao = ao;
  }

  @Override
  public void enqueue(long issueId, Instant at) {
    // The bulk form inserts with one statement (the single-row create also fetches a sequence
    // value first on PostgreSQL): this runs on Jira's request thread.
    ao.create(AoChange.class, List.of(entry(issueId, at)));
  }

  @Override
  public void enqueueAll(Collection<Long> issueIds, Instant at) {
    for (List<Long> chunk : Sql.chunks(new LinkedHashSet<>(issueIds))) {
      List<Map<String, Object>> rows = new ArrayList<>(chunk.size());
      for (long issueId : chunk) {
        rows.add(entry(issueId, at));
      }
      ao.create(AoChange.class, rows);
    }
  }

  private static Map<String, Object> entry(long issueId, Instant at) {
    Map<String, Object> row = new HashMap<>();
    row.put("ISSUE_ID", issueId);
    row.put("ENQUEUED_AT", at.toEpochMilli());
    return row;
  }

  @Override
  public List<Claim> claim(String node, int maxIssues, Instant now, Duration lease) {
    if (maxIssues < 1) {
      throw new IllegalArgumentException("maxIssues must be >= 1, was " + maxIssues);
    }
    RuntimeException last = null;
    for (int attempt = 1; attempt <= CLAIM_TRIES; attempt++) {
      try {
        return tryClaim(node, maxIssues, now, lease);
      } catch (RuntimeException e) {
        last = e; // most likely another node claimed one of the same issues: look again
      }
    }
    throw last;
  }

  private List<Claim> tryClaim(String node, int maxIssues, Instant now, Duration lease) {
    long nowMs = now.toEpochMilli();
    int pageSize = Math.max(100, 4 * maxIssues);
    Map<Long, ClaimRow> taken = new LinkedHashMap<>();
    Set<Long> parked = new LinkedHashSet<>();
    long through = 0;
    // Oldest entries first, page by page, skipping issues that another live claim holds.
    for (int page = 0; page < SCAN_PAGES && taken.size() < maxIssues; page++) {
      List<Long> issues = new ArrayList<>();
      long[] last = {through};
      ao.stream(
          AoChange.class,
          Query.select("ID,ISSUE_ID").where("ID > ?", through).order("ID").limit(pageSize),
          row -> {
            issues.add(row.getIssueId());
            last[0] = row.getID();
          });
      if (issues.isEmpty()) {
        break;
      }
      through = last[0];
      Map<Long, ClaimRow> existing = claims(new LinkedHashSet<>(issues));
      for (long issueId : new LinkedHashSet<>(issues)) {
        if (taken.size() == maxIssues) {
          break;
        }
        ClaimRow claim = existing.get(issueId);
        if (claim == null) {
          taken.put(issueId, new ClaimRow(issueId, 0, 0, 0, false));
        } else if (claim.parked()) {
          parked.add(issueId);
        } else if (claim.leaseUntil() <= nowMs && !taken.containsKey(issueId)) {
          taken.put(issueId, claim);
        }
      }
      if (issues.size() < pageSize) {
        break;
      }
    }
    if (taken.isEmpty() && parked.isEmpty()) {
      return List.of();
    }
    long throughId = through;
    long leaseUntil = nowMs + lease.toMillis();
    return ao.executeInTransaction(
        () -> {
          List<Long> expired = new ArrayList<>();
          for (ClaimRow row : taken.values()) {
            if (row.attempts() > 0) {
              expired.add(row.issueId());
            }
          }
          for (List<Long> chunk : Sql.chunks(expired)) {
            int deleted =
                ao.deleteWithSQL(
                    AoQueueClaim.class,
                    "LEASE_UNTIL <= ? AND PARKED = ? AND ISSUE_ID IN ("
                        + Sql.placeholders(chunk.size())
                        + ")",
                    Sql.params(chunk, nowMs, false));
            if (deleted != chunk.size()) {
              throw new IllegalStateException("another node took over some expired claims");
            }
          }
          // Changes to a parked issue wait with it: an administrator's retry queues it again.
          for (List<Long> chunk : Sql.chunks(parked)) {
            ao.deleteWithSQL(
                AoChange.class,
                "ID <= ? AND ISSUE_ID IN (" + Sql.placeholders(chunk.size()) + ")",
                Sql.params(chunk, throughId));
          }
          List<Claim> claims = new ArrayList<>();
          List<Map<String, Object>> rows = new ArrayList<>();
          for (ClaimRow row : taken.values()) {
            Claim claim =
                new Claim(
                    row.issueId(), UUID.randomUUID().toString(), throughId, row.attempts() + 1);
            claims.add(claim);
            Map<String, Object> values = new HashMap<>();
            values.put("ISSUE_ID", claim.issueId());
            values.put("TOKEN", claim.token());
            values.put("NODE", node);
            values.put("LEASE_UNTIL", leaseUntil);
            values.put("THROUGH_ID", throughId);
            values.put("ATTEMPTS", claim.attempt());
            values.put("PARKED", false);
            values.put("FAILED_AT", row.failedAt());
            values.put("LAST_ERROR", null);
            rows.add(values);
          }
          if (!rows.isEmpty()) {
            ao.create(AoQueueClaim.class, rows); // unique ISSUE_ID: one node wins each issue
          }
          return claims;
        });
  }

  /** What the claim table says of an issue; attempts 0 for an issue nobody claimed yet. */
  private record ClaimRow(
      long issueId, long leaseUntil, int attempts, long failedAt, boolean parked) {}

  private Map<Long, ClaimRow> claims(Collection<Long> issueIds) {
    Map<Long, ClaimRow> claims = new HashMap<>();
    for (List<Long> chunk : Sql.chunks(issueIds)) {
      ao.stream(
          AoQueueClaim.class,
          Query.select("ISSUE_ID,LEASE_UNTIL,ATTEMPTS,FAILED_AT,PARKED")
              .where("ISSUE_ID IN (" + Sql.placeholders(chunk.size()) + ")", chunk.toArray()),
          row ->
              claims.put(
                  row.getIssueId(),
                  new ClaimRow(
                      row.getIssueId(),
                      row.getLeaseUntil(),
                      row.getAttempts(),
                      row.getFailedAt(),
                      row.isParked())));
    }
    return claims;
  }

  @Override
  public void complete(Collection<Claim> claims) {
    Map<Long, List<Claim>> byThrough = new TreeMap<>();
    for (Claim claim : claims) {
      byThrough.computeIfAbsent(claim.throughEntry(), t -> new ArrayList<>()).add(claim);
    }
    ao.executeInTransaction(
        () -> {
          for (Map.Entry<Long, List<Claim>> group : byThrough.entrySet()) {
            for (List<Claim> chunk : Sql.chunks(group.getValue())) {
              List<Long> issues = chunk.stream().map(Claim::issueId).toList();
              ao.deleteWithSQL(
                  AoChange.class,
                  "ID <= ? AND ISSUE_ID IN (" + Sql.placeholders(issues.size()) + ")",
                  Sql.params(issues, group.getKey()));
              List<String> tokens = chunk.stream().map(Claim::token).toList();
              ao.deleteWithSQL(
                  AoQueueClaim.class,
                  "TOKEN IN (" + Sql.placeholders(tokens.size()) + ")",
                  tokens.toArray());
            }
          }
          return null;
        });
  }

  @Override
  public boolean fail(
      Claim claim, String error, Instant now, Duration retryAfter, int maxAttempts) {
    return ao.executeInTransaction(
        () -> {
          AoQueueClaim[] rows =
              ao.find(AoQueueClaim.class, Query.select().where("TOKEN = ?", claim.token()));
          if (rows.length == 0) {
            return false; // taken over after the lease ran out: the new holder decides
          }
          AoQueueClaim row = rows[0];
          boolean parked = claim.attempt() >= maxAttempts;
          row.setParked(parked);
          row.setLeaseUntil(
              parked ? Long.MAX_VALUE : now.toEpochMilli() + Math.max(0, retryAfter.toMillis()));
          row.setFailedAt(now.toEpochMilli());
          row.setLastError(Sql.truncate(error, 450));
          row.save();
          if (parked) {
            ao.deleteWithSQL(
                AoChange.class, "ID <= ? AND ISSUE_ID = ?", claim.throughEntry(), claim.issueId());
          }
          return parked;
        });
  }

  @Override
  public List<Parked> parked(int limit) {
    List<Parked> parked = new ArrayList<>();
    ao.stream(
        AoQueueClaim.class,
        Query.select("ISSUE_ID,ATTEMPTS,LAST_ERROR,FAILED_AT")
            .where("PARKED = ?", true)
            .order("FAILED_AT")
            .limit(limit),
        row ->
            parked.add(
                new Parked(
                    row.getIssueId(),
                    row.getAttempts(),
                    row.getLastError(),
                    Instant.ofEpochMilli(row.getFailedAt()))));
    return parked;
  }

  @Override
  public void retryParked(Collection<Long> issueIds, Instant now) {
    ao.executeInTransaction(
        () -> {
          for (List<Long> chunk : Sql.chunks(new LinkedHashSet<>(issueIds))) {
            ao.deleteWithSQL(
                AoQueueClaim.class,
                "PARKED = ? AND ISSUE_ID IN (" + Sql.placeholders(chunk.size()) + ")",
                Sql.params(chunk, true));
          }
          enqueueAll(issueIds, now);
          return null;
        });
  }

  @Override
  public int backlog() {
    return ao.count(AoChange.class);
  }
}
