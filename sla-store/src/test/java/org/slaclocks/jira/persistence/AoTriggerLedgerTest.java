package org.slaclocks.jira.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.slaclocks.tracking.TriggerLedger;
import org.slaclocks.tracking.TriggerLedger.Firing;

class AoTriggerLedgerTest {
  private static final Instant AT = Instant.parse("2026-01-05T09:00:00.250Z");

  private TriggerLedger ledger;

  @BeforeEach
  void setUp(ActiveObjects ao) {
    ledger = new AoTriggerLedger(ao);
  }

  private static Firing firing(int cycle, String trigger) {
    return new Firing(10001, "first-response", cycle, trigger, AT, "notified assignee");
  }

  @DatabaseTest
  void recordsATriggerOncePerCycle() {
    assertThat(ledger.recordFirst(firing(0, "before-1h"))).isTrue();
    assertThat(ledger.recordFirst(firing(0, "before-1h"))).isFalse();
    assertThat(ledger.recordFirst(firing(1, "before-1h"))).as("next cycle").isTrue();
    assertThat(ledger.recordFirst(firing(0, "at-breach"))).as("other trigger").isTrue();

    assertThat(ledger.firings(10001)).hasSize(3).first().isEqualTo(firing(0, "before-1h"));
  }

  @DatabaseTest
  void keysTooLongForTheColumnAreHashed() {
    String trigger = "after-breach-".repeat(30);

    assertThat(ledger.recordFirst(firing(0, trigger))).isTrue();
    assertThat(ledger.recordFirst(firing(0, trigger))).isFalse();
    assertThat(ledger.firings(10001)).extracting(Firing::triggerId).containsExactly(trigger);
  }

  @DatabaseTest
  void onlyOneOfTwoNodesFiresTheSameTrigger(AoTestDatabase db) throws Exception {
    TriggerLedger other = new AoTriggerLedger(db.newNode());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int cycle = 0; cycle < 10; cycle++) {
        int c = cycle;
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Boolean>> results = new ArrayList<>();
        for (TriggerLedger node : List.of(ledger, other)) {
          results.add(
              pool.submit(
                  () -> {
                    start.await();
                    return node.recordFirst(firing(c, "at-breach"));
                  }));
        }
        assertThat(List.of(results.get(0).get(), results.get(1).get()))
            .containsExactlyInAnyOrder(true, false);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
