package org.slaclocks.jira.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slaclocks.jira.persistence.Clocks.CALENDARS;
import static org.slaclocks.jira.persistence.Clocks.T0;
import static org.slaclocks.jira.persistence.Clocks.running;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.slaclocks.clock.ClockFacts;
import org.slaclocks.tracking.ClockRepository;
import org.slaclocks.tracking.ClockRepository.Stored;
import org.slaclocks.tracking.ClockUpdate;
import org.slaclocks.tracking.IssueClocks;

/**
 * Loads of many issues while another node keeps storing some of them (review C8): every issue is in
 * every result, and each one as one store left it, never half of one store and half of another.
 */
class AoClockRepositoryConcurrencyTest {
  private static final int ISSUES = 1200;

  /**
   * The clocks of generation {@code n}: "a" never changes (its row is never rewritten), "b" moves
   * with n, "c" exists in odd generations only (rows are removed and added); n is the config
   * version, so a reader can tell which generation each part came from.
   */
  private static IssueClocks generation(long issueId, long n) {
    List<ClockFacts> clocks = new ArrayList<>();
    clocks.add(running("a", T0));
    clocks.add(running("b", T0.plusSeconds(n)));
    if (n % 2 == 1) {
      clocks.add(running("c", T0.plusSeconds(n)));
    }
    return new IssueClocks(issueId, "HELP-" + issueId, "HELP", n, T0, clocks);
  }

  @DatabaseTest
  void loadsEveryIssueWholeWhileAnotherNodeStores(AoTestDatabase db) throws Exception {
    ClockRepository reader = new AoClockRepository(db.activeObjects(), CALENDARS);
    ClockRepository writer = new AoClockRepository(db.newNode(), CALENDARS);
    List<Long> ids = LongStream.rangeClosed(1, ISSUES).boxed().toList();
    List<ClockUpdate> first = new ArrayList<>();
    for (long id : ids) {
      first.add(new ClockUpdate(generation(id, 0), 0));
    }
    assertThat(reader.storeAll(first)).isEmpty();

    AtomicBoolean reading = new AtomicBoolean(true);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    Future<Integer> stores =
        pool.submit(
            () -> {
              SplittableRandom random = new SplittableRandom(7);
              int stored = 0;
              while (reading.get()) {
                List<ClockUpdate> batch = new ArrayList<>();
                long from = 1 + random.nextLong(ISSUES - 20);
                Map<Long, Long> versions =
                    writer.versions(LongStream.range(from, from + 20).boxed().toList());
                for (long id = from; id < from + 20; id++) {
                  long version = versions.get(id);
                  batch.add(new ClockUpdate(generation(id, version), version));
                }
                stored += batch.size() - writer.storeAll(batch).size();
              }
              return stored;
            });
    try {
      for (int load = 0; load < 15; load++) {
        Map<Long, Stored> loaded = reader.loadAll(ids);

        assertThat(loaded).as("load %d", load).containsOnlyKeys(ids);
        for (Stored stored : loaded.values()) {
          // Generation n was stored as version n + 1.
          IssueClocks expected = generation(stored.clocks().issueId(), stored.version() - 1);
          assertThat(stored.clocks()).as("load %d", load).isEqualTo(expected);
        }
      }
    } finally {
      reading.set(false);
    }
    assertThat(stores.get()).as("stores made while loading").isGreaterThan(100);
    pool.shutdown();
  }
}
