package org.slaclocks.cli.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slaclocks.clock.ClockState;
import org.slaclocks.clock.Cycle;
import org.slaclocks.clock.Goal;
import org.slaclocks.report.ReportCycle;

class CompactCyclesTest {
  private static final Goal EIGHT_HOURS =
      new Goal(Duration.ofHours(8), Duration.ofHours(6), "Office hours", "priority High");
  private static final Goal FOUR_HOURS = new Goal(Duration.ofHours(4), null, "24/7", "default");

  private static Cycle cycle(
      int index,
      String start,
      String stop,
      Goal goal,
      ClockState state,
      Duration elapsed,
      Duration remaining,
      String deadline,
      String breachAt,
      String atRiskAt) {
    return new Cycle(
        index,
        instant(start),
        instant(stop),
        goal,
        state,
        elapsed,
        remaining,
        instant(deadline),
        instant(breachAt),
        instant(atRiskAt),
        List.of(),
        List.of());
  }

  private static Instant instant(String text) {
    return text == null ? null : Instant.parse(text);
  }

  private static final List<ReportCycle> HELP_1 =
      List.of(
          // met, with a computed elapsed time to the nanosecond
          new ReportCycle(
              10001,
              "HELP-1",
              "HELP",
              "vip",
              "first-response",
              cycle(
                  1,
                  "2026-03-02T08:01:34.120Z",
                  "2026-03-02T09:00:00Z",
                  EIGHT_HOURS,
                  ClockState.MET,
                  Duration.ofSeconds(3505, 880_000_001),
                  Duration.ofHours(8).minusSeconds(3505).minusNanos(880_000_001),
                  null,
                  null,
                  null),
              ZoneId.of("Europe/Amsterdam"),
              Map.of("priority", "High", "Organization", "Acme Corp")),
          // open, late, past its internal target: remaining is negative
          new ReportCycle(
              10001,
              "HELP-1",
              "HELP",
              "vip",
              "resolution",
              cycle(
                  2,
                  "2026-03-02T08:01:34Z",
                  null,
                  FOUR_HOURS,
                  ClockState.RUNNING,
                  Duration.ofHours(30),
                  Duration.ofHours(-26),
                  "2026-03-02T12:01:34.999999999Z",
                  "2026-03-02T12:01:34.999999999Z",
                  "2026-03-02T11:00:00Z"),
              ZoneOffset.UTC,
              Map.of()));

  private static final List<ReportCycle> OLD_7 =
      List.of(
          // before 1970 and with a calendar zone the configuration no longer has
          new ReportCycle(
              Long.MAX_VALUE,
              "OLD-7",
              "OLD",
              "standard",
              "first-response",
              cycle(
                  1,
                  "1969-12-31T23:00:00Z",
                  "1970-01-01T03:00:00Z",
                  FOUR_HOURS,
                  ClockState.PAUSED,
                  Duration.ZERO,
                  Duration.ofHours(4),
                  null,
                  null,
                  null),
              ZoneOffset.UTC,
              Map.of("priority", "High")));

  @Test
  void givesBackEveryValueTheReportsRead() {
    CompactCycles compact = new CompactCycles();

    byte[] help1 = compact.encode(HELP_1);
    byte[] old7 = compact.encode(OLD_7);
    byte[] none = compact.encode(List.of());

    assertThat(compact.decode("HELP-1", help1)).isEqualTo(HELP_1);
    assertThat(compact.decode("OLD-7", old7)).isEqualTo(OLD_7);
    assertThat(compact.decode("NONE-1", none)).isEmpty();
    // read back again, as each report does
    assertThat(compact.decode("HELP-1", help1)).isEqualTo(HELP_1);
  }

  @Test
  void takesTensOfBytesACycle() {
    CompactCycles compact = new CompactCycles();

    int size = compact.encode(HELP_1).length;

    assertThat(size).isLessThan(60 * HELP_1.size());
  }
}
