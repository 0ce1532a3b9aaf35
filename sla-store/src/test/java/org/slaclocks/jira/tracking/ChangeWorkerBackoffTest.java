package org.slaclocks.jira.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import net.java.ao.ActiveObjectsException;
import org.junit.jupiter.api.Test;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.tracking.ChangeQueue;

/** How the worker waits while the database is down, and how it comes back. */
class ChangeWorkerBackoffTest {
  private static final SlaConfiguration EMPTY =
      new SlaConfiguration(
          1, Map.of(), List.of(), List.of(), Set.of(), Set.of(), Set.of(), Map.of(), Map.of());

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
  private final ChangeQueue queue = mock(ChangeQueue.class);
  private final WorkerNodes nodes = mock(WorkerNodes.class);
  private final AtomicInteger reads = new AtomicInteger();
  private volatile boolean databaseDown = true;
  private final ChangeWorker worker =
      new ChangeWorker(
          queue,
          () -> {
            reads.incrementAndGet();
            if (databaseDown) {
              throw new ActiveObjectsException(
                  "no connection", new SQLTransientConnectionException("refused", "08001"));
            }
            return EMPTY;
          },
          (issueId, config, now) -> {},
          nodes,
          clock,
          "node-1");

  @Test
  void backsOffExponentiallyFromOneSecondToFiveMinutesAndLogsTheEpisodeOnce() {
    List<Integer> pauses = List.of(1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300);
    try (LogRecords log = LogRecords.of(ChangeWorker.class)) {
      for (int seconds : pauses) {
        int before = reads.get();
        assertThat(worker.drainOnce()).isZero();
        assertThat(reads.get()).as("tried at the end of the previous pause").isEqualTo(before + 1);

        clock.advance(Duration.ofSeconds(seconds).minusMillis(1));
        worker.drainOnce();
        assertThat(reads.get())
            .as("still paused just before " + seconds + "s")
            .isEqualTo(before + 1);
        clock.advance(Duration.ofMillis(1));
      }

      assertThat(log.atLeast(Level.WARNING))
          .as("one warning per episode, saying what failed and what to do")
          .singleElement()
          .satisfies(
              r ->
                  assertThat(r.getMessage())
                      .contains("no connection", "check Jira's database connection", "queued"));
      verify(queue, never()).claim(anyString(), anyInt(), any(), any());
      verify(queue, never()).fail(any(), anyString(), any(), any(), anyInt());
    }

    databaseDown = false;
    try (LogRecords log = LogRecords.of(ChangeWorker.class)) {
      worker.drainOnce();
      int afterRecovery = reads.get();
      worker.drainOnce();

      assertThat(reads.get()).as("no pause once it works again").isEqualTo(afterRecovery + 1);
      assertThat(log.atLeast(Level.INFO))
          .anySatisfy(r -> assertThat(r.getMessage()).contains("resumed"));
    }

    databaseDown = true;
    worker.drainOnce();
    clock.advance(WorkerStatus.FIRST_BACKOFF);
    int before = reads.get();
    worker.drainOnce();
    assertThat(reads.get()).as("a new episode starts again at one second").isEqualTo(before + 1);
  }
}
