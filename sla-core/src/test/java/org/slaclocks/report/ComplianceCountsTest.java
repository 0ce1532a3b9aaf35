package org.slaclocks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slaclocks.report.ReportCycles.AMSTERDAM;
import static org.slaclocks.report.ReportCycles.breached;
import static org.slaclocks.report.ReportCycles.met;
import static org.slaclocks.report.ReportCycles.paused;
import static org.slaclocks.report.ReportCycles.running;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slaclocks.clock.Cycle;

/** Which period a cycle counts in, and as what. */
class ComplianceCountsTest {
  /** 29 March 2026 in Amsterdam: 23 hours, the clocks go forward at 02:00. */
  static final Period DST_DAY =
      Period.ofDays(LocalDate.parse("2026-03-29"), LocalDate.parse("2026-03-30"), AMSTERDAM);

  static final String NOW = "2026-04-02T12:00:00Z";

  static Stream<Arguments> cases() {
    return Stream.of(
        // cycle, period, met, breached, running, paused, open breached
        Arguments.of(
            "met at the day's first instant (midnight CET = 23:00 UTC)",
            met("2026-03-28T20:00:00Z", "2026-03-28T23:00:00Z"),
            DST_DAY,
            1,
            0,
            0,
            0,
            0),
        Arguments.of(
            "met just before the day ends (23:59 CEST = 21:59 UTC)",
            met("2026-03-29T20:00:00Z", "2026-03-29T21:59:00Z"),
            DST_DAY,
            1,
            0,
            0,
            0,
            0),
        Arguments.of(
            "met at the next day's midnight (CEST = 22:00 UTC): the next day's",
            met("2026-03-29T20:00:00Z", "2026-03-29T22:00:00Z"),
            DST_DAY,
            0,
            0,
            0,
            0,
            0),
        Arguments.of(
            "met a minute before the day: the day before's",
            met("2026-03-28T20:00:00Z", "2026-03-28T22:59:00Z"),
            DST_DAY,
            0,
            0,
            0,
            0,
            0),
        Arguments.of(
            "breached, stopped in the day",
            breached("2026-03-28T10:00:00Z", "2026-03-29T10:00:00Z"),
            DST_DAY,
            0,
            1,
            0,
            0,
            0),
        Arguments.of(
            "breached before the day, stopped in it: counts by its stop",
            breached("2026-03-27T10:00:00Z", "2026-03-29T10:00:00Z"),
            DST_DAY,
            0,
            1,
            0,
            0,
            0),
        Arguments.of(
            "open, late since the day: running and late",
            running("2026-03-29T08:00:00Z", NOW),
            DST_DAY,
            0,
            0,
            1,
            0,
            1),
        Arguments.of(
            "open, late since before the day: running, its breach is not the day's",
            running("2026-03-27T08:00:00Z", NOW),
            DST_DAY,
            0,
            0,
            1,
            0,
            0),
        Arguments.of(
            "open, started after the day: nothing",
            running("2026-04-01T08:00:00Z", NOW),
            DST_DAY,
            0,
            0,
            0,
            0,
            0),
        Arguments.of(
            "paused, started before the day ends",
            paused("2026-03-29T08:00:00Z"),
            DST_DAY,
            0,
            0,
            0,
            1,
            0),
        Arguments.of(
            "every cycle counts in the whole of time",
            breached("2026-03-27T10:00:00Z", "2026-03-29T10:00:00Z"),
            Period.ALL,
            0,
            1,
            0,
            0,
            0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void countsACycleByItsStopOrItsBreach(
      String what,
      Cycle cycle,
      Period period,
      int met,
      int breached,
      int running,
      int paused,
      int openBreached) {
    ComplianceCounts counts = ComplianceCounts.of(List.of(cycle), period);

    assertThat(counts)
        .isEqualTo(
            counts.isEmpty()
                ? ComplianceCounts.NONE
                : new ComplianceCounts(1, met, breached, running, paused, openBreached, 0));
    assertThat(
            List.of(
                counts.met(),
                counts.breached(),
                counts.running(),
                counts.paused(),
                counts.openBreached()))
        .containsExactly(met, breached, running, paused, openBreached);
  }

  @org.junit.jupiter.api.Test
  void complianceIsMetOverDecidedAndNothingWhenNothingIsDecided() {
    assertThat(new ComplianceCounts(3, 2, 1, 0, 0, 1, 0).compliancePercent()).isEqualTo(50.0);
    assertThat(new ComplianceCounts(3, 199, 1, 0, 0, 0, 0).compliancePercent()).isEqualTo(99.5);
    assertThat(new ComplianceCounts(1, 0, 0, 1, 0, 0, 0).compliancePercent()).isNull();
    assertThat(ComplianceCounts.NONE.compliancePercent()).isNull();
  }
}
