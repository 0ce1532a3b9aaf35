package org.slaclocks.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
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
    for (int attempt = 1; attempt <= CLAIM_TRIES; attempt++) {
      Candidates candidates = scan(maxIssues, now.toEpochMilli());
      if (candidates.isEmpty()) {
        return List.of();
      }
      try {
        return take(candidates, node, now, lease);
      } catch (RuntimeException e) {
        // Rolled back: another node claimed some of the same issues (unique key, deadlock).
        if (!Sql.isContention(e)) {
          throw e;
        }
      }
    }
    return List.of(); // lost every race this time; the next poll finds what is left
  }

  /** Issues to take (with what their claim rows said) and parked issues' entries to fold in. */
  private record Candidates(Map<Long, ClaimRow> taken, Set<Long> parked, long throughId) {
    boolean isEmpty() {
      return taken.isEmpty() && parked.isEmpty();
    }
  }

  /** Oldest entries first, page by page, skipping issues that a live claim holds. */
  private Candidates scan(int maxIssues, long nowMs) {
    int pageSize = Math.max(100, 4 * maxIssues);
    Map<Long, ClaimRow> taken = new LinkedHashMap<>();
    Set<Long> parked = new LinkedHashSet<>();
    long through = 0;
    for (int page = 0; page < SCAN_PAGES && taken.size() < maxIssues; page++) {
      Set<Long> issues = new LinkedHashSet<>();
      long[] last = {through};
      int[] rows = {0};
      ao.stream(
          AoChange.class,
          Query.select("ID,ISSUE_ID").where("ID > ?", through).order("ID").limit(pageSize),
          row -> {
            issues.add(row.getIssueId());
            last[0] = row.getID();
            rows[0]++;
          });
      if (rows[0] == 0) {
        break;
      }
      through = last[0];
      Map<Long, ClaimRow> existing = claims(issues);
      for (long issueId : issues) {
        if (taken.size() == maxIssues) {
          break;
        }
        ClaimRow claim = existing.get(issueId);
        if (claim == null) {
          taken.putIfAbsent(issueId, new ClaimRow(issueId, 0, 0, 0, false));
        } else if (claim.parked()) {
          parked.add(issueId);
        } else if (claim.leaseUntil() <= nowMs) {
          taken.putIfAbsent(issueId, claim);
        }
      }
      if (rows[0] < pageSize) {
        break;
      }
    }
    return new Candidates(taken, parked, through);
  }

  /** In one transaction: replace expired claims, insert new ones, fold parked issues' entries. */
  private List<Claim> take(Candidates candidates, String node, Instant now, Duration lease) {
    long nowMs = now.toEpochMilli();
    long leaseUntil = nowMs + lease.toMillis();
    long throughId = candidates.throughId();
    return ao.executeInTransaction(
        () -> {
          List<Long> expired = new ArrayList<>();
          for (ClaimRow row : candidates.taken().values()) {
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
          for (List<Long> chunk : Sql.chunks(candidates.parked())) {
            ao.deleteWithSQL(
                AoChange.class,
                "ID <= ? AND ISSUE_ID IN (" + Sql.placeholders(chunk.size()) + ")",
                Sql.params(chunk, throughId));
          }
          Map<Long, Claim> claims = new LinkedHashMap<>();
          List<Map<String, Object>> rows = new ArrayList<>();
          for (ClaimRow row : candidates.taken().values()) {
            Claim claim =
                new Claim(
                    row.issueId(), UUID.randomUUID().toString(), throughId, row.attempts() + 1);
            claims.put(claim.issueId(), claim);
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
          if (rows.isEmpty()) {
            return List.<Claim>of();
          }
          ao.create(AoQueueClaim.class, rows); // unique ISSUE_ID: one node wins each issue
          // An issue another node completed since our scan has nothing left to do: let it go.
          Set<Long> stillQueued = new HashSet<>();
          for (List<Long> chunk : Sql.chunks(claims.keySet())) {
            ao.stream(
                AoChange.class,
                Query.select("ISSUE_ID")
                    .distinct()
                    .where(
                        "ID <= ? AND ISSUE_ID IN (" + Sql.placeholders(chunk.size()) + ")",
                        Sql.params(chunk, throughId)),
                row -> stillQueued.add(row.getIssueId()));
          }
          List<String> done = new ArrayList<>();
          for (Claim claim : claims.values()) {
            if (!stillQueued.contains(claim.issueId())) {
              done.add(claim.token());
            }
          }
          for (List<String> chunk : Sql.chunks(done)) {
            ao.deleteWithSQL(
                AoQueueClaim.class,
                "TOKEN IN (" + Sql.placeholders(chunk.size()) + ")",
                chunk.toArray());
          }
          return claims.values().stream().filter(c -> stillQueued.contains(c.issueId())).toList();
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
