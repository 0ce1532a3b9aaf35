package org.slaclocks.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slaclocks.tracking.TriggerLedger.Firing;
import org.slaclocks.tracking.TriggerLedger.State;

/**
 * The sandbox's alert job over the bundled sample, frozen on 12 April 2026 at 10:00 UTC, before the
 * VIP issue HELP-251 (Acme Corp, Highest, created 08:59:05, first response on the 24/7 calendar
 * within 4h) breaches: moving time on sends what came due meanwhile, each firing once, also across
 * a restart over the same data (the figures are those of {@code sla replay --triggers}).
 */
class SandboxAlertsTest {
  static final Instant START = Instant.parse("2026-04-12T10:00:00Z");
  static final Instant LATER = Instant.parse("2026-04-13T08:00:00Z");

  @TempDir Path data;

  private Sandbox start(Instant now) {
    return Sandbox.start(new Sandbox.Options(null, List.of(), now, 0, data));
  }

  private static List<Firing> firings(Sandbox sandbox, String key) {
    long id = sandbox.tracking().issues().idsByKey().get(key);
    return sandbox.triggers().firings(id);
  }

  private static List<Firing> allFirings(Sandbox sandbox) {
    return sandbox.tracking().issues().all().stream()
        .flatMap(issue -> sandbox.triggers().firings(issue.id()).stream())
        .toList();
  }

  @Test
  void sendsWhatComesDueAsTimeMovesOnceEach() {
    int firingsLater;
    try (Sandbox sandbox = start(START)) {
      assertThat(firings(sandbox, "HELP-251")).isEmpty();

      sandbox.moveTime(LATER);

      assertThat(firings(sandbox, "HELP-251"))
          .extracting(Firing::triggerId, Firing::dueAt)
          .containsExactly(
              tuple("hour-left", Instant.parse("2026-04-12T11:59:05Z")),
              tuple("late", Instant.parse("2026-04-12T12:59:05Z")),
              tuple("duty-manager", Instant.parse("2026-04-12T14:59:05Z")),
              tuple("duty-manager#2", Instant.parse("2026-04-12T18:59:05Z")),
              tuple("duty-manager#3", Instant.parse("2026-04-12T22:59:05Z")),
              tuple("duty-manager#4", Instant.parse("2026-04-13T02:59:05Z")),
              tuple("duty-manager#5", Instant.parse("2026-04-13T06:59:05Z")));
      assertThat(firings(sandbox, "HELP-251"))
          .extracting(Firing::state)
          .doesNotContain(State.PENDING, State.CLAIMED, State.RETRY);
      assertThat(sandbox.outbox().mails())
          .filteredOn(mail -> mail.issueKey().equals("HELP-251"))
          .isNotEmpty();
      assertThat(allFirings(sandbox))
          .allSatisfy(f -> assertThat(f.dueAt()).isAfterOrEqualTo(START).isBeforeOrEqualTo(LATER));
      assertOncePerFiring(sandbox);
      firingsLater = allFirings(sandbox).size();
    }

    // a restart over the same data at the same instant sends nothing again
    try (Sandbox again = start(LATER)) {
      assertThat(allFirings(again)).hasSize(firingsLater);
      assertOncePerFiring(again);
    }
  }

  /** Each firing's mail goes to each person once; no firing is in the ledger twice. */
  private static void assertOncePerFiring(Sandbox sandbox) {
    Map<String, Long> mails =
        sandbox.outbox().mails().stream()
            .collect(Collectors.groupingBy(m -> m.marker() + " " + m.to(), Collectors.counting()));
    assertThat(mails.values()).containsOnly(1L);
    Map<String, Long> keys =
        allFirings(sandbox).stream()
            .collect(
                Collectors.groupingBy(
                    f ->
                        f.issueId()
                            + " "
                            + f.metricId()
                            + " "
                            + f.cycleIndex()
                            + " "
                            + f.triggerId(),
                    Collectors.counting()));
    assertThat(keys.values()).containsOnly(1L);
  }
}
