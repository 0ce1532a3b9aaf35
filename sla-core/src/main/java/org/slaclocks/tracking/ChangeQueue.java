package org.slaclocks.tracking;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The durable queue of issues whose clocks must be recomputed. Recording a change is one cheap
 * insert on the request thread; a worker claims a batch of issues, recomputes and stores their
 * clocks, then completes the claims. An issue is claimed by one worker at a time (for {@code
 * lease}); a change recorded while its issue is being processed stays queued and is processed
 * again, so none is lost. Processing is idempotent: a crash between storing and completing means
 * the issue is processed once more.
 *
 * <p>An issue that failed its last attempt is parked. A parked issue comes back by itself when it
 * changes again (a new change unparks it), when the configuration changes ({@link
 * #retryAllParked}), or when an administrator retries it ({@link #retryParked}).
 */
public interface ChangeQueue {

  /**
   * One claimed issue. {@code token} identifies this claim; {@code throughEntry} is the last queue
   * entry it covers (later ones stay queued); {@code attempt} counts this issue's claims since it
   * last completed (1 on the first).
   */
  record Claim(long issueId, String token, long throughEntry, int attempt) {
    public Claim {
      Objects.requireNonNull(token, "token");
    }
  }

  /** An issue that failed {@code attempts} times and waits for an administrator's retry. */
  record Parked(long issueId, int attempts, String lastError, Instant parkedAt) {}

  /** Records that the issue changed at {@code at}. */
  void enqueue(long issueId, Instant at);

  /** Records changes of many issues at once (reconciliation, recalculation runs). */
  void enqueueAll(Collection<Long> issueIds, Instant at);

  /**
   * Claims up to {@code maxIssues} queued issues, oldest change first, that no live claim holds and
   * that are not waiting for a retry. A parked issue with a change recorded after it was parked is
   * unparked and claimed with a fresh attempt count. Returns fewer (possibly none) when another
   * node claimed the same issues at the same moment.
   */
  List<Claim> claim(String node, int maxIssues, Instant now, Duration lease);

  /** The claimed issues' clocks are stored: removes the changes the claims covered. */
  void complete(Collection<Claim> claims);

  /**
   * Processing the claimed issue failed: it is retried after {@code retryAfter}, or parked when
   * this was attempt {@code maxAttempts}.
   *
   * @return true when the issue is now parked
   */
  boolean fail(Claim claim, String error, Instant now, Duration retryAfter, int maxAttempts);

  /**
   * Gives the claims back unprocessed, as if they had never been taken: their attempts are not
   * counted and the issues can be claimed again at once. For a worker that stops, or that cannot
   * work at all for a while (database, configuration or search unavailable); the failure was not
   * the issues'.
   */
  void release(Collection<Claim> claims);

  /** Parked issues, oldest first. */
  default List<Parked> parked(int limit) {
    return parked(0, limit);
  }

  /**
   * A page of the parked issues, oldest first: {@code limit} of them after the first {@code
   * offset}.
   */
  List<Parked> parked(int offset, int limit);

  /** How many issues are parked. */
  int parkedCount();

  /** Queues parked issues again, with fresh attempt counts. */
  void retryParked(Collection<Long> issueIds, Instant now);

  /**
   * Queues every parked issue again, with fresh attempt counts (the configuration changed: what
   * failed may work now).
   *
   * @return how many issues were parked
   */
  int retryAllParked(Instant now);

  /** Queued changes not yet completed (for monitoring). */
  int backlog();

  /**
   * When the oldest change still queued was recorded (by the clock of the node that recorded it);
   * empty when nothing is queued.
   */
  Optional<Instant> oldestWaiting();
}
