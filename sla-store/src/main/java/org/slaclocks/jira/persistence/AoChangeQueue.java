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
import java.util.Optional;
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
 *
 * <p>A parked issue keeps its claim row (with the last error) and loses the entries its last
 * attempt covered, so any entry of a parked issue is a newer change: the next claim unparks it.
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
        // Rolled back: another node claimed, took over or unparked some of the same issues
        // (unique key, deadlock, or fewer rows deleted than seen).
        if (!isContention(e)) {
          throw e;
        }
      }
    }
    return List.of(); // lost every race this time; the next poll finds what is left
  }

  /** Issues to take, with what their claim rows said (a parked row is unparked by the take). */
  private record Candidates(Map<Long, ClaimRow> taken, long throughId) {
    boolean isEmpty() {
      return taken.isEmpty();
    }
  }

  /** Another node changed the claims between our scan and our take: look again. */
  private static final class Contention extends RuntimeException {
    Contention(String message) {
      super(message, null, false, false);
    }
  }

  private static boolean isContention(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof Contention) {
        return true;
      }
    }
    return Sql.isContention(failure);
  }

  /** Oldest entries first, page by page, skipping issues that a live claim holds. */
  private Candidates scan(int maxIssues, long nowMs) {
    int pageSize = Math.max(100, 4 * maxIssues);
    Map<Long, ClaimRow> taken = new LinkedHashMap<>();
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
        } else if (claim.parked() || claim.leaseUntil() <= nowMs) {
          // Parking removed the entries the last attempt covered: an entry of a parked issue is a
          // change recorded since, which deserves a fresh try.
          taken.putIfAbsent(issueId, claim);
        }
      }
      if (rows[0] < pageSize) {
        break;
      }
    }
    return new Candidates(taken, through);
  }

  /** In one transaction: replace expired and parked claims, insert new ones. */
  private List<Claim> take(Candidates candidates, String node, Instant now, Duration lease) {
    long nowMs = now.toEpochMilli();
    long leaseUntil = nowMs + lease.toMillis();
    long throughId = candidates.throughId();
    return ao.executeInTransaction(
        () -> {
          List<Long> expired = new ArrayList<>();
          List<Long> parked = new ArrayList<>();
          for (ClaimRow row : candidates.taken().values()) {
            if (row.parked()) {
              parked.add(row.issueId());
            } else if (row.attempts() > 0) {
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
              throw new Contention("another node took over some expired claims");
            }
          }
          for (List<Long> chunk : Sql.chunks(parked)) {
            int deleted =
                ao.deleteWithSQL(
                    AoQueueClaim.class,
                    "PARKED = ? AND ISSUE_ID IN (" + Sql.placeholders(chunk.size()) + ")",
                    Sql.params(chunk, true));
            if (deleted != chunk.size()) {
              throw new Contention("another node unparked some of the parked issues");
            }
          }
          Map<Long, Claim> claims = new LinkedHashMap<>();
          List<Map<String, Object>> rows = new ArrayList<>();
          for (ClaimRow row : candidates.taken().values()) {
            int attempt = row.parked() ? 1 : row.attempts() + 1;
            Claim claim =
                new Claim(row.issueId(), UUID.randomUUID().toString(), throughId, attempt);
            claims.put(claim.issueId(), claim);
            Map<String, Object> values = new HashMap<>();
            values.put("ISSUE_ID", claim.issueId());
            values.put("TOKEN", claim.token());
            values.put("NODE", node);
            values.put("LEASE_UNTIL", leaseUntil);
            values.put("THROUGH_ID", throughId);
            values.put("ATTEMPTS", claim.attempt());
            values.put("PARKED", false);
            values.put("FAILED_AT", row.parked() ? 0L : row.failedAt());
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
  public void release(Collection<Claim> claims) {
    if (claims.isEmpty()) {
      return;
    }
    ao.executeInTransaction(
        () -> {
          List<String> first = new ArrayList<>();
          for (Claim claim : claims) {
            if (claim.attempt() <= 1) {
              first.add(claim.token());
              continue;
            }
            // A retry: back to the attempts before this claim, claimable at once.
            for (AoQueueClaim row :
                ao.find(AoQueueClaim.class, Query.select().where("TOKEN = ?", claim.token()))) {
              row.setAttempts(claim.attempt() - 1);
              row.setLeaseUntil(0);
              row.save();
            }
          }
          for (List<String> chunk : Sql.chunks(first)) {
            ao.deleteWithSQL(
                AoQueueClaim.class,
                "TOKEN IN (" + Sql.placeholders(chunk.size()) + ")",
                chunk.toArray());
          }
          return null;
        });
  }

  @Override
  public List<Parked> parked(int offset, int limit) {
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException(
          "offset must be >= 0 and limit >= 1, were " + offset + " and " + limit);
    }
    List<Parked> parked = new ArrayList<>();
    ao.stream(
        AoQueueClaim.class,
        Query.select("ID,ISSUE_ID,ATTEMPTS,LAST_ERROR,FAILED_AT")
            .where("PARKED = ?", true)
            .order("FAILED_AT, ISSUE_ID")
            .offset(offset)
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
  public int parkedCount() {
    return ao.count(AoQueueClaim.class, "PARKED = ?", true);
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
  public int retryAllParked(Instant now) {
    return ao.executeInTransaction(
        () -> {
          List<Long> parked = new ArrayList<>();
          ao.stream(
              AoQueueClaim.class,
              Query.select("ID,ISSUE_ID").where("PARKED = ?", true),
              row -> parked.add(row.getIssueId()));
          if (!parked.isEmpty()) {
            retryParked(parked, now);
          }
          return parked.size();
        });
  }

  @Override
  public int backlog() {
    return ao.count(AoChange.class);
  }

  @Override
  public Optional<Instant> oldestWaiting() {
    // The first entry by id is the one waiting longest; its instant is the recording node's.
    Instant[] oldest = {null};
    ao.stream(
        AoChange.class,
        Query.select("ID,ENQUEUED_AT").order("ID").limit(1),
        row -> oldest[0] = Instant.ofEpochMilli(row.getEnqueuedAt()));
    return Optional.ofNullable(oldest[0]);
  }
}
